import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { browserFollowUps, type FollowUpConnector } from './connector';

/** Follow-up sections read and act through this; tests provide mockFollowUps(). */
export const FollowUpContext = createContext<FollowUpConnector>(browserFollowUps);

export function useFollowUps(): FollowUpConnector {
  return useContext(FollowUpContext);
}
