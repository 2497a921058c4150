/** The refusals of a route only support operators may call. */
export const operatorResponses = {
  401: { description: 'Not signed in' },
  403: { description: 'Not a support operator' },
};
