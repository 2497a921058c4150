/** An amount as the API gives it (`1500.00`) with the rouble sign; one that has it already stays as is. */
export function formatRubles(amount: string): string {
  return amount.includes('₽') ? amount : `${amount} ₽`;
}
