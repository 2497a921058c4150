// A second client on the same store, for the cases that need two (S-9, S-14, S-15, durability).
import type { StoreContractHandles, StoreContractPeer } from '../store-contract-types.js';
import { required } from './use-handles.js';

/**
 * Opens a second client on the store (`handles.openPeer`; `what` names it in the `ERR_CONFIG`
 * when the backend gives none), runs `use` with it and disposes it, also when `use` throws.
 */
export async function withPeer<T>(
  handles: StoreContractHandles,
  what: string,
  suite: string,
  use: (peer: StoreContractPeer) => Promise<T>,
): Promise<T> {
  const peer = await required(handles.openPeer, what, suite)();
  try {
    return await use(peer);
  } finally {
    await peer.dispose?.();
  }
}
