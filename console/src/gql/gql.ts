/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  subscription LiveEvents($after: String, $accountId: ID) {\n    licenseEvents(after: $after, accountId: $accountId) {\n      id\n      cursor\n      sequence\n      type\n      occurredAt\n      pool\n      reason\n      userEmail\n      actorEmail\n      device {\n        id\n        code\n        name\n      }\n      previousDevice {\n        id\n        code\n      }\n    }\n  }\n": typeof types.LiveEventsDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Devices($first: Int!, $after: String, $where: DeviceWhereInput, $orderBy: DeviceOrder) {\n    account {\n      id\n      type\n      licensePool {\n        standard {\n          unassigned\n        }\n        floating {\n          unassigned\n        }\n      }\n      devices(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            code\n            name\n            platform\n            inactive\n            licenseStatus\n            lastSeenAt\n            license {\n              id\n              pool\n            }\n            lastUser {\n              id\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DevicesDocument,
    "\n  query FindDevice($code: String!) {\n    account {\n      id\n      devices(first: 5, where: { code: $code }) {\n        edges {\n          node {\n            id\n            code\n            name\n            licenseStatus\n          }\n        }\n      }\n    }\n  }\n": typeof types.FindDeviceDocument,
    "\n  mutation AssignLicense($deviceId: ID!, $pool: LicensePool) {\n    assignLicense(deviceId: $deviceId, pool: $pool) {\n      id\n      licenseStatus\n    }\n  }\n": typeof types.AssignLicenseDocument,
    "\n  mutation RemoveLicense($deviceId: ID!) {\n    removeLicense(deviceId: $deviceId) {\n      id\n      licenseStatus\n    }\n  }\n": typeof types.RemoveLicenseDocument,
    "\n  mutation MoveLicense($from: ID!, $to: ID!) {\n    moveLicense(fromDeviceId: $from, toDeviceId: $to) {\n      id\n      code\n      licenseStatus\n    }\n  }\n": typeof types.MoveLicenseDocument,
    "\n  mutation SetInactive($deviceId: ID!, $inactive: Boolean!) {\n    setDeviceInactive(deviceId: $deviceId, inactive: $inactive) {\n      id\n      inactive\n    }\n  }\n": typeof types.SetInactiveDocument,
    "\n  fragment AccountOverview on Account {\n    id\n    name\n    email\n    type\n    expiresAt\n    licensePool {\n      total\n      assigned\n      unassigned\n      expiresAt\n      standard {\n        total\n        assigned\n        unassigned\n      }\n      floating {\n        total\n        assigned\n        unassigned\n      }\n    }\n    settings {\n      operatorContactEmail\n      operatorContactPhone\n      floatingIdleMinutes\n    }\n  }\n": typeof types.AccountOverviewFragmentDoc,
    "\n  query OwnOverview {\n    account {\n      ...AccountOverview\n    }\n  }\n": typeof types.OwnOverviewDocument,
    "\n  query AnyOverview($id: ID!) {\n    node(id: $id) {\n      ... on Account {\n        ...AccountOverview\n      }\n    }\n  }\n": typeof types.AnyOverviewDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        role\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Viewer($actions: [String!]!) {\n    me {\n      id\n      email\n      role\n      permissions\n      account {\n        id\n        name\n      }\n    }\n    viewerPermissions(actions: $actions) {\n      action\n      allowed\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  subscription LiveEvents($after: String, $accountId: ID) {\n    licenseEvents(after: $after, accountId: $accountId) {\n      id\n      cursor\n      sequence\n      type\n      occurredAt\n      pool\n      reason\n      userEmail\n      actorEmail\n      device {\n        id\n        code\n        name\n      }\n      previousDevice {\n        id\n        code\n      }\n    }\n  }\n": types.LiveEventsDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Devices($first: Int!, $after: String, $where: DeviceWhereInput, $orderBy: DeviceOrder) {\n    account {\n      id\n      type\n      licensePool {\n        standard {\n          unassigned\n        }\n        floating {\n          unassigned\n        }\n      }\n      devices(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            code\n            name\n            platform\n            inactive\n            licenseStatus\n            lastSeenAt\n            license {\n              id\n              pool\n            }\n            lastUser {\n              id\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DevicesDocument,
    "\n  query FindDevice($code: String!) {\n    account {\n      id\n      devices(first: 5, where: { code: $code }) {\n        edges {\n          node {\n            id\n            code\n            name\n            licenseStatus\n          }\n        }\n      }\n    }\n  }\n": types.FindDeviceDocument,
    "\n  mutation AssignLicense($deviceId: ID!, $pool: LicensePool) {\n    assignLicense(deviceId: $deviceId, pool: $pool) {\n      id\n      licenseStatus\n    }\n  }\n": types.AssignLicenseDocument,
    "\n  mutation RemoveLicense($deviceId: ID!) {\n    removeLicense(deviceId: $deviceId) {\n      id\n      licenseStatus\n    }\n  }\n": types.RemoveLicenseDocument,
    "\n  mutation MoveLicense($from: ID!, $to: ID!) {\n    moveLicense(fromDeviceId: $from, toDeviceId: $to) {\n      id\n      code\n      licenseStatus\n    }\n  }\n": types.MoveLicenseDocument,
    "\n  mutation SetInactive($deviceId: ID!, $inactive: Boolean!) {\n    setDeviceInactive(deviceId: $deviceId, inactive: $inactive) {\n      id\n      inactive\n    }\n  }\n": types.SetInactiveDocument,
    "\n  fragment AccountOverview on Account {\n    id\n    name\n    email\n    type\n    expiresAt\n    licensePool {\n      total\n      assigned\n      unassigned\n      expiresAt\n      standard {\n        total\n        assigned\n        unassigned\n      }\n      floating {\n        total\n        assigned\n        unassigned\n      }\n    }\n    settings {\n      operatorContactEmail\n      operatorContactPhone\n      floatingIdleMinutes\n    }\n  }\n": types.AccountOverviewFragmentDoc,
    "\n  query OwnOverview {\n    account {\n      ...AccountOverview\n    }\n  }\n": types.OwnOverviewDocument,
    "\n  query AnyOverview($id: ID!) {\n    node(id: $id) {\n      ... on Account {\n        ...AccountOverview\n      }\n    }\n  }\n": types.AnyOverviewDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        role\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Viewer($actions: [String!]!) {\n    me {\n      id\n      email\n      role\n      permissions\n      account {\n        id\n        name\n      }\n    }\n    viewerPermissions(actions: $actions) {\n      action\n      allowed\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveEvents($after: String, $accountId: ID) {\n    licenseEvents(after: $after, accountId: $accountId) {\n      id\n      cursor\n      sequence\n      type\n      occurredAt\n      pool\n      reason\n      userEmail\n      actorEmail\n      device {\n        id\n        code\n        name\n      }\n      previousDevice {\n        id\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').LiveEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Devices($first: Int!, $after: String, $where: DeviceWhereInput, $orderBy: DeviceOrder) {\n    account {\n      id\n      type\n      licensePool {\n        standard {\n          unassigned\n        }\n        floating {\n          unassigned\n        }\n      }\n      devices(first: $first, after: $after, where: $where, orderBy: $orderBy) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            code\n            name\n            platform\n            inactive\n            licenseStatus\n            lastSeenAt\n            license {\n              id\n              pool\n            }\n            lastUser {\n              id\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DevicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindDevice($code: String!) {\n    account {\n      id\n      devices(first: 5, where: { code: $code }) {\n        edges {\n          node {\n            id\n            code\n            name\n            licenseStatus\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FindDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignLicense($deviceId: ID!, $pool: LicensePool) {\n    assignLicense(deviceId: $deviceId, pool: $pool) {\n      id\n      licenseStatus\n    }\n  }\n"): typeof import('./graphql').AssignLicenseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveLicense($deviceId: ID!) {\n    removeLicense(deviceId: $deviceId) {\n      id\n      licenseStatus\n    }\n  }\n"): typeof import('./graphql').RemoveLicenseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveLicense($from: ID!, $to: ID!) {\n    moveLicense(fromDeviceId: $from, toDeviceId: $to) {\n      id\n      code\n      licenseStatus\n    }\n  }\n"): typeof import('./graphql').MoveLicenseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetInactive($deviceId: ID!, $inactive: Boolean!) {\n    setDeviceInactive(deviceId: $deviceId, inactive: $inactive) {\n      id\n      inactive\n    }\n  }\n"): typeof import('./graphql').SetInactiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountOverview on Account {\n    id\n    name\n    email\n    type\n    expiresAt\n    licensePool {\n      total\n      assigned\n      unassigned\n      expiresAt\n      standard {\n        total\n        assigned\n        unassigned\n      }\n      floating {\n        total\n        assigned\n        unassigned\n      }\n    }\n    settings {\n      operatorContactEmail\n      operatorContactPhone\n      floatingIdleMinutes\n    }\n  }\n"): typeof import('./graphql').AccountOverviewFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnOverview {\n    account {\n      ...AccountOverview\n    }\n  }\n"): typeof import('./graphql').OwnOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnyOverview($id: ID!) {\n    node(id: $id) {\n      ... on Account {\n        ...AccountOverview\n      }\n    }\n  }\n"): typeof import('./graphql').AnyOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer($actions: [String!]!) {\n    me {\n      id\n      email\n      role\n      permissions\n      account {\n        id\n        name\n      }\n    }\n    viewerPermissions(actions: $actions) {\n      action\n      allowed\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
