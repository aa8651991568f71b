import { buildYaml } from "@nianbao/test-support/build";

/**
 * Two years of one agency that the cross-year check tells apart: 2022 carries 1 application into
 * the next year, 2023 takes none over (XY-CARRY on 2023).
 */
export const CARRY_LAST_YEAR = buildYaml({
  year: 2022,
  t3: {
    本年新收: [2, 0, 0, 0, 0, 0, 2],
    予以公开: [1, 0, 0, 0, 0, 0, 1],
    总计: [1, 0, 0, 0, 0, 0, 1],
    结转下年度: [1, 0, 0, 0, 0, 0, 1],
  },
});
export const CARRY_THIS_YEAR = buildYaml({ year: 2023 });
