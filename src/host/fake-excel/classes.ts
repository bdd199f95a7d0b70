/* Every proxy class of the fake Excel, handed to the proxies through FakeContext.classes: a proxy that
 * creates another (a worksheet its ranges, a range its worksheet) imports only its type, so the class
 * files import none of each other. */
import { FakeChart } from "./chart";
import { FakeChartCollection } from "./chart-collection";
import { FakeChartSeries } from "./chart-series";
import { FakeCustomXmlPartCollection } from "./custom-xml-parts";
import { FakeNamedItemCollection } from "./named-item-collection";
import { FakeRange } from "./range";
import { FakeRangeAreas } from "./range-areas";
import { FakeSetting } from "./setting";
import { FakeSettingCollection } from "./setting-collection";
import { FakeTable } from "./table";
import { FakeTableCollection } from "./table-collection";
import { FakeTableColumn } from "./table-column";
import { FakeTableColumnList } from "./table-column-list";
import { FakeTableScoped } from "./table-scoped";
import { FakeWorkbook } from "./workbook";
import { FakeWorksheet } from "./worksheet";
import { FakeWorksheetCollection } from "./worksheet-collection";

export const FAKE_CLASSES = {
  Chart: FakeChart,
  ChartCollection: FakeChartCollection,
  ChartSeries: FakeChartSeries,
  CustomXmlPartCollection: FakeCustomXmlPartCollection,
  NamedItemCollection: FakeNamedItemCollection,
  Range: FakeRange,
  RangeAreas: FakeRangeAreas,
  Setting: FakeSetting,
  SettingCollection: FakeSettingCollection,
  Table: FakeTable,
  TableCollection: FakeTableCollection,
  TableColumn: FakeTableColumn,
  TableColumnList: FakeTableColumnList,
  TableScoped: FakeTableScoped,
  Workbook: FakeWorkbook,
  Worksheet: FakeWorksheet,
  WorksheetCollection: FakeWorksheetCollection,
} as const;

export type FakeClasses = typeof FAKE_CLASSES;
