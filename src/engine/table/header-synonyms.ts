import type { ColumnRole } from "./types";

/**
 * Header words that name a role, in English and Chinese (lower case). Where several match one header,
 * roleFromHeader prefers the one ending last (English puts the head noun last: "Customer type" is a type,
 * "Sales rep" a rep), then the longest.
 */
export const HEADER_SYNONYMS: Readonly<Record<Exclude<ColumnRole, "other">, readonly string[]>> = {
  customer: [
    "customer", "customers", "client", "account", "customer name", "client name", "account name", "company",
    "company name", "buyer", "客户", "客户名称", "客户名", "公司", "公司名称", "单位名称",
  ],
  value: [
    "sales", "revenue", "amount", "value", "total", "total sales", "sales amount", "spend", "monetary",
    "turnover", "销售额", "金额", "收入", "营收", "销售金额", "成交金额", "订单金额",
  ],
  date: [
    "date", "order date", "purchase date", "last order date", "invoice date", "日期", "下单日期", "订单日期",
    "购买日期", "最近下单日期",
  ],
  region: ["region", "area", "territory", "zone", "区域", "地区", "大区", "片区"],
  rep: [
    "rep", "sales rep", "salesperson", "sales person", "owner", "account owner", "account manager",
    "负责人", "销售代表", "销售", "业务员", "客户经理", "销售人员",
  ],
  segment: [
    "segment", "type", "customer type", "category", "customer segment", "客户类型", "类型", "细分", "客户分类",
  ],
  stage: ["stage", "pipeline stage", "sales stage", "阶段", "销售阶段"],
  quantity: ["quantity", "qty", "units", "数量", "件数"],
  product: ["product", "product line", "item", "sku", "产品", "产品线", "商品"],
  frequency: [
    "frequency", "orders", "order count", "number of orders", "purchases", "频次", "频率", "购买次数", "订单数",
    "订单数量",
  ],
  recency: [
    "recency", "days since last order", "days since last purchase", "days since", "最近购买天数",
    "距上次购买天数", "未购买天数",
  ],
};

/** Words that name a role only as the whole header ("Name" is a customer; "Product name" is not). */
export const EXACT_HEADERS: Readonly<Record<string, Exclude<ColumnRole, "other">>> = {
  name: "customer",
  名称: "customer",
};
