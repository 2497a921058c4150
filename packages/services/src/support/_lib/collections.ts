// The versioned collections of the support requests service.
export const REQUESTS = 'support_requests';
export const QUEUE = 'support_request_queue';
export const COUNTERS = 'support_request_counters';
