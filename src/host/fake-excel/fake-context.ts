/* The request context of one fake Excel.run batch. */
import type { XlContext } from "../excel";
import { FakeApplication } from "./application";
import { FAKE_CLASSES, type FakeClasses } from "./classes";
import { FakeQueue } from "./context";
import type { WorkbookState } from "./state";
import type { FakeWorkbook } from "./workbook";

export class FakeContext implements XlContext {
  readonly queue: FakeQueue;
  /** The proxy classes, through which the proxies create each other (no import cycle between their files). */
  readonly classes: FakeClasses = FAKE_CLASSES;
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  constructor(readonly runtime: FakeQueue["runtime"]) {
    this.queue = new FakeQueue(runtime);
    this.workbook = new this.classes.Workbook(this);
    this.application = new FakeApplication(this);
  }
  get state(): WorkbookState {
    return this.runtime.state;
  }
  sync(): Promise<void> {
    return this.queue.sync();
  }
}
