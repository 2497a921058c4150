/** The payments list's filter as the form holds it (dates as typed, ДД.ММ.ГГГГ). */
export interface PaymentsFilter {
  from: string;
  to: string;
  serviceType: string;
  status: string;
}

/** The filter as the query of `GET /v1/payments`: the fields set, the dates as YYYY-MM-DD. */
export function paymentsQuery(filter: PaymentsFilter): Record<string, string> {
  return {
    ...(filter.from === '' ? {} : { from: toIso(filter.from) }),
    ...(filter.to === '' ? {} : { to: toIso(filter.to) }),
    ...(filter.serviceType === '' ? {} : { serviceType: filter.serviceType }),
    ...(filter.status === '' ? {} : { status: filter.status }),
  };
}

/** ДД.ММ.ГГГГ → YYYY-MM-DD (the API's query format); anything else is passed on for the API to judge. */
function toIso(value: string): string {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value.trim());
  return m === null ? value.trim() : `${m[3]}-${m[2]}-${m[1]}`;
}
