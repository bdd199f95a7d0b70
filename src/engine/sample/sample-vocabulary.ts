/** Words the sample generator builds its made-up customers, regions and reps from. */
export interface SampleVocabulary {
  readonly headers: {
    readonly customers: readonly [string, string, string, string, string, string, string, string];
    readonly orders: readonly [string, string, string, string];
  };
  /** Customer names are one of each part joined (all combinations distinct). */
  readonly nameParts: readonly (readonly string[])[];
  readonly joiner: string;
  readonly regions: readonly string[];
  /** Two reps per region, in region order. */
  readonly reps: readonly string[];
  /** New, existing, key account. */
  readonly types: readonly [string, string, string];
}

export const SAMPLE_EN: SampleVocabulary = {
  headers: {
    customers: [
      "Customer",
      "Region",
      "Sales rep",
      "Customer type",
      "Sales",
      "Orders",
      "Last order date",
      "Days since last order",
    ],
    orders: ["Customer", "Order date", "Amount", "Sales rep"],
  },
  nameParts: [
    [
      "Northwind",
      "Contoso",
      "Fabrikam",
      "Adatum",
      "Litware",
      "Proseware",
      "Tailspin",
      "Wingtip",
      "Woodgrove",
      "Lucerne",
      "Alpine",
      "Coho",
      "Trey",
      "Southridge",
      "Humongous",
      "Blue Yonder",
      "Wide World",
      "Graphic",
      "Fourth Coffee",
      "Margie's",
      "Lamna",
      "Relecloud",
      "VanArsdel",
      "Bellows",
      "Nod",
    ],
    [
      "Traders",
      "Foods",
      "Logistics",
      "Systems",
      "Supplies",
      "Industries",
      "Retail",
      "Partners",
      "Labs",
      "Holdings",
      "Motors",
      "Textiles",
      "Electronics",
      "Packaging",
      "Pharma",
      "Builders",
      "Media",
      "Farms",
      "Outfitters",
      "Energy",
    ],
    ["Inc.", "Ltd.", "LLC", "Co.", "Group"],
  ],
  joiner: " ",
  regions: ["North", "South", "East", "West"],
  reps: [
    "Alice Chen",
    "Ben Carter",
    "Chloe Davis",
    "Daniel Evans",
    "Emma Foster",
    "Frank Garcia",
    "Grace Hill",
    "Henry Ito",
  ],
  types: ["New", "Existing", "Key account"],
};

export const SAMPLE_ZH: SampleVocabulary = {
  headers: {
    customers: ["客户名称", "区域", "销售代表", "客户类型", "销售额", "订单数", "最近下单日期", "最近购买天数"],
    orders: ["客户名称", "下单日期", "金额", "销售代表"],
  },
  nameParts: [
    [
      "上海",
      "北京",
      "深圳",
      "广州",
      "杭州",
      "成都",
      "南京",
      "苏州",
      "武汉",
      "重庆",
      "天津",
      "西安",
      "厦门",
      "宁波",
      "青岛",
      "长沙",
      "合肥",
      "无锡",
      "佛山",
      "东莞",
    ],
    [
      "恒信",
      "华瑞",
      "永盛",
      "嘉禾",
      "鼎新",
      "瑞丰",
      "联创",
      "新锐",
      "博远",
      "众诚",
      "信达",
      "宏图",
      "金桥",
      "泰和",
      "安捷",
      "汇通",
      "长青",
      "天成",
      "明德",
      "卓越",
      "同创",
      "正元",
      "启航",
      "海纳",
      "润泽",
    ],
    ["科技有限公司", "贸易有限公司", "实业有限公司", "商贸有限公司", "电子有限公司"],
  ],
  joiner: "",
  regions: ["华东", "华南", "华北", "西南"],
  reps: ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强"],
  types: ["新客户", "老客户", "重点客户"],
};
