export { mulberry32 } from "./mulberry32";
export { standardNormal } from "./standard-normal";
export { skewedValues, SALES_LOG_MEAN, SALES_LOG_SD } from "./skewed-values";
export { sampleCustomers, SAMPLE_AS_OF } from "./sample-customers";
export type { SampleLanguage } from "./sample-customers";
export { sampleOrders } from "./sample-orders";
export { SAMPLE_EN, SAMPLE_ZH } from "./sample-vocabulary";
export type { SampleVocabulary } from "./sample-vocabulary";
