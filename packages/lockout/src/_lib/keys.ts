/** Counter keys. Parts are URI-encoded so no identifier can forge another key's shape. */
const e = encodeURIComponent;

export function lockoutKeys(prefix: string) {
  return {
    pwIp: (ip: string, day: number) => `${prefix}:pw:ip:${e(ip)}:${day}`,
    pairSlot: (account: string, ip: string) => `${prefix}:pw:slot:${e(account)}:${e(ip)}`,
    pairFailures: (account: string, ip: string) => `${prefix}:pw:fail:${e(account)}:${e(ip)}`,
    pairNext: (account: string, ip: string) => `${prefix}:pw:next:${e(account)}:${e(ip)}`,
    account: (account: string) => `${prefix}:pw:acct:${e(account)}`,
    lock: (account: string) => `${prefix}:pw:lock:${e(account)}`,
    series: (account: string) => `${prefix}:pw:series:${e(account)}`,
    lockClaim: (account: string, lockNumber: number) =>
      `${prefix}:pw:claim:${e(account)}:${lockNumber}`,
    trust: (account: string, ip: string) => `${prefix}:pw:trust:${e(account)}:${e(ip)}`,
    ipFailures: (ip: string) => `${prefix}:pw:ipfail:${e(ip)}`,
    ipNext: (ip: string) => `${prefix}:pw:ipnext:${e(ip)}`,
    codeIp: (ip: string, day: number) => `${prefix}:code:ip:${e(ip)}:${day}`,
    codeSlot: (id: string) => `${prefix}:code:slot:${e(id)}`,
    codeNext: (id: string) => `${prefix}:code:next:${e(id)}`,
    codeDay: (id: string, day: number) => `${prefix}:code:day:${e(id)}:${day}`,
    sendIp: (ip: string, day: number) => `${prefix}:send:ip:${e(ip)}:${day}`,
    sendCooldown: (channel: string, destination: string) =>
      `${prefix}:send:cd:${channel}:${e(destination)}`,
    sendDay: (channel: string, destination: string, day: number) =>
      `${prefix}:send:day:${channel}:${e(destination)}:${day}`,
    lookupSubject: (subject: string, day: number) => `${prefix}:lookup:${e(subject)}:${day}`,
    lookupTotal: (day: number) => `${prefix}:lookup:*:${day}`,
  };
}
