import fc from "fast-check";
import {
  SETTINGS_PART_NAMESPACE,
  settingsFromXmlPart,
  settingsToXmlPart,
} from "../../../../src/host/fake-excel/file/settings-part";

describe("settings as a custom XML part", () => {
  it("reads back every key and value written, whatever characters they hold", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: "binary" }), fc.string({ unit: "binary" })), (record) => {
        const settings = new Map(Object.entries(record));
        expect(settingsFromXmlPart(settingsToXmlPart(settings))).toEqual(settings);
      }),
    );
  });

  it("writes a part whose root element is in the settings namespace", () => {
    expect(settingsToXmlPart(new Map([["a", "1"]]))).toContain(`xmlns="${SETTINGS_PART_NAMESPACE}"`);
  });

  it("is not ours when the namespace differs, the text is not JSON, or a value is not a string", () => {
    expect(settingsFromXmlPart(`<settings xmlns="urn:other">{}</settings>`)).toBeUndefined();
    expect(settingsFromXmlPart(`<settings xmlns="${SETTINGS_PART_NAMESPACE}">{not json</settings>`)).toBeUndefined();
    expect(settingsFromXmlPart(`<settings xmlns="${SETTINGS_PART_NAMESPACE}">{"a":1}</settings>`)).toBeUndefined();
    expect(settingsFromXmlPart(`<settings xmlns="${SETTINGS_PART_NAMESPACE}">[]</settings>`)).toBeUndefined();
  });
});
