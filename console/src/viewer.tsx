import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { graphql } from './gql';
import type { ViewerQuery } from './gql/graphql';

// The actions the console asks about in one request; the server's policies answer.
export const ACCOUNT_ACTIONS = [
  'account.read',
  'account.settings.update',
  'device.read',
  'device.inactive.set',
  'license.assign',
  'license.remove',
  'license.move',
  'user.read',
  'user.create',
  'user.update',
  'user.delete',
  'apitoken.create',
  'policy.read',
  'policy.update',
  'event.read',
  'usage.read',
  'webhook.manage',
  'account.list',
  'account.create',
  'account.renew',
  'accountrequest.read',
  'accountrequest.decide',
];

export const ViewerDoc = graphql(`
  query Viewer($actions: [String!]!) {
    me {
      id
      email
      role
      permissions
      account {
        id
        name
      }
    }
    viewerPermissions(actions: $actions) {
      action
      allowed
    }
  }
`);

export interface Viewer {
  me: NonNullable<ViewerQuery['me']>;
  can: (action: string) => boolean;
  reload: () => void;
}

export const ViewerContext = createContext<Viewer | null>(null);

export function useViewer(): Viewer {
  const v = useContext(ViewerContext);
  if (!v) throw new Error('no viewer');
  return v;
}
