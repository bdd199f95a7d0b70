/**
 * Just enough of an OLE compound file (MS-CFB, https://learn.microsoft.com/openspecs/windows_protocols/ms-cfb/)
 * to say what it holds: the names of its streams. Office keeps a password-protected .xlsx in one (MS-OFFCRYPTO
 * §2.3.4: streams EncryptionInfo and EncryptedPackage) and so is an Excel 97–2003 .xls (MS-XLS §2.1.2: stream
 * Workbook, or Book in Excel 5/95 files); the reader uses the names to tell the user which it is.
 */
const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** MS-CFB §2.1: sector numbers at and above this are markers (free, end of chain, FAT, DIFAT), not sectors. */
const MAX_REG_SECT = 0xfffffffa;
const ENTRY_BYTES = 128;
const STREAM = 2;

/** Whether the bytes start with the compound file signature (MS-CFB §2.2, Header Signature). */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && SIGNATURE.every((b, i) => bytes[i] === b);
}

/**
 * The names of the streams in a compound file's directory (MS-CFB §2.6), or undefined when its header, FAT or
 * directory chain cannot be followed (a damaged file).
 */
export function compoundStreamNames(bytes: Uint8Array): string[] | undefined {
  if (!isCompoundFile(bytes)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : undefined);
  const shift = view.getUint16(30, true); // Sector Shift: 9 (512-byte sectors, version 3) or 12 (4096, version 4)
  if (shift !== 9 && shift !== 12) return undefined;
  const size = 1 << shift;
  const sectorAt = (n: number) => (n + 1) * size; // the header fills sector -1
  const sectorCount = Math.floor(bytes.length / size);

  // The FAT's own sectors: the first 109 listed in the header, the rest in the DIFAT chain (§2.5).
  const fatCount = view.getUint32(44, true);
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(view.getUint32(76 + 4 * i, true));
  let difat = view.getUint32(68, true);
  for (let hops = 0; fatSectors.length < fatCount && difat < MAX_REG_SECT; hops++) {
    if (hops > sectorCount) return undefined;
    const base = sectorAt(difat);
    for (let i = 0; i < size / 4 - 1 && fatSectors.length < fatCount; i++) {
      const s = u32(base + 4 * i);
      if (s === undefined) return undefined;
      fatSectors.push(s);
    }
    const next = u32(base + size - 4);
    if (next === undefined) return undefined;
    difat = next;
  }
  const next = (sector: number): number | undefined => {
    const perSector = size / 4;
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    return fatSector === undefined ? undefined : u32(sectorAt(fatSector) + 4 * (sector % perSector));
  };

  // The directory is a chain of sectors from the header's First Directory Sector Location.
  const names: string[] = [];
  let sector = view.getUint32(48, true);
  for (let hops = 0; sector < MAX_REG_SECT; hops++) {
    if (hops > sectorCount || sectorAt(sector) + size > bytes.length) return undefined;
    for (let at = sectorAt(sector); at < sectorAt(sector) + size; at += ENTRY_BYTES) {
      const nameBytes = view.getUint16(at + 64, true);
      if (view.getUint8(at + 66) !== STREAM || nameBytes < 2 || nameBytes > 64) continue;
      let name = "";
      for (let i = 0; i < nameBytes - 2; i += 2) name += String.fromCharCode(view.getUint16(at + i, true));
      names.push(name);
    }
    const n = next(sector);
    if (n === undefined) return undefined;
    sector = n;
  }
  return names;
}
