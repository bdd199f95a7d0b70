import {
  type SettingWrite,
  SETTING_PIECE_BYTES,
  SETTING_PREFIX,
  planSettingWrite,
} from "../../../src/host/excel/settings";
import type { createFakeExcel } from "../../../src/host/fake-excel";

/** A large value as earlier versions stored it in settings: 1 MB pieces and a manifest under the key (settings.ts). */
export function writeOldPieces(fake: ReturnType<typeof createFakeExcel>, key: string, value: unknown): void {
  const w = planSettingWrite(
    key,
    value,
    { keys: [] },
    { pieceBytes: SETTING_PIECE_BYTES, maxBytes: Infinity },
  ) as SettingWrite;
  for (const p of w.pieces) fake.testing.setSetting(p.key, p.value);
  fake.testing.setSetting(SETTING_PREFIX + key, w.head.value);
}
