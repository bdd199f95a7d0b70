/**
 * A standard normal draw by the Box–Muller transform (Box & Muller 1958, Ann. Math. Statist. 29(2)):
 * z = √(−2 ln u₁) · cos(2π u₂) for independent uniforms u₁, u₂ (u₁ taken as 1 − u so it is never 0).
 */
export function standardNormal(random: () => number): number {
  const u1 = 1 - random();
  const u2 = random();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
