/**
 * The year whose report an author is most likely about to write on `today`: a report covers a
 * calendar year and is due by 31 January of the next (条例 Art. 49), so from January to June it is
 * last year's; from July on the work is this year's, written ahead of its deadline. New reports and
 * the completion of 年度 start from it.
 */
export function reportYearDue(today: Date): number {
  return today.getMonth() < 6 ? today.getFullYear() - 1 : today.getFullYear();
}
