/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  JSON: { input: unknown; output: unknown; }
  Time: { input: string; output: string; }
};

export type Account = Node & {
  apiTokenConnection: ApiTokenConnection;
  /** @deprecated Use apiTokenConnection. */
  apiTokens: Array<ApiToken>;
  createdAt: Scalars['Time']['output'];
  /** (added) orderBy: default CREATED_AT ascending. */
  devices: DeviceConnection;
  /** The Account Email: generic, role-based, on the company's own domain. */
  email: Scalars['String']['output'];
  /** The one expiration date shared by every license of the account. */
  expiresAt: Scalars['Time']['output'];
  /**
   * Which floating strategy preset the active FLOATING policy was made from (null when edited by hand).
   * @deprecated Use floatingPresetName.
   */
  floatingPreset?: Maybe<Scalars['String']['output']>;
  /** Which floating strategy preset the active FLOATING policy was made from (null when edited by hand). */
  floatingPresetName?: Maybe<FloatingPresetName>;
  id: Scalars['ID']['output'];
  /** The permission strings that mean something in this account, for choosing a user's or token's: the shipped policy's (API.md), then the others its users and tokens hold (its own policy may give them meaning), each once. */
  knownPermissions: Array<Scalars['String']['output']>;
  licensePool: LicensePoolSummary;
  /**
   * The split that would have served the demand seen over [from, to) at least cost: the
   * window's demand replayed against candidate splits of STANDARD and FLOATING licenses.
   * Needs `usage.read`.
   */
  licensingRecommendation: LicensingRecommendation;
  name: Scalars['String']['output'];
  policy: Policy;
  settings: AccountSettings;
  type: AccountType;
  /**
   * Use of the pool over [from, to), one point per bucket (UTC bucket starts). The window's
   * edges are moved out to whole buckets; `from` must be before `to`, the window at most 400
   * days and 10,000 points (else BAD_USER_INPUT). A window in which nothing happened and
   * nothing was held or wanted has no points. Needs `usage.read`.
   */
  usage: LicenseUsage;
  users: UserConnection;
  webhookConnection: WebhookConnection;
  /** @deprecated Use webhookConnection. */
  webhooks: Array<Webhook>;
};


export type AccountApiTokenConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AccountDevicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DeviceOrder>;
  where?: InputMaybe<DeviceWhereInput>;
};


export type AccountLicensingRecommendationArgs = {
  floatingPriceFactor?: Scalars['Float']['input'];
  from: Scalars['Time']['input'];
  maxDenialRate?: Scalars['Float']['input'];
  to: Scalars['Time']['input'];
};


export type AccountPolicyArgs = {
  kind: PolicyKind;
};


export type AccountUsageArgs = {
  bucket?: UsageBucket;
  from: Scalars['Time']['input'];
  to: Scalars['Time']['input'];
};


export type AccountUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AccountWebhookConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AccountConnection = {
  edges: Array<AccountEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AccountEdge = {
  cursor: Scalars['String']['output'];
  node: Account;
};

export type AccountRequest = Node & {
  account?: Maybe<Account>;
  accountType: AccountType;
  companyName: Scalars['String']['output'];
  contactEmail: Scalars['String']['output'];
  contactName?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['Time']['output'];
  decidedAt?: Maybe<Scalars['Time']['output']>;
  /** SUPPORT's reason when rejecting. */
  decisionReason?: Maybe<Scalars['String']['output']>;
  floatingLicenses: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  standardLicenses: Scalars['Int']['output'];
  status: AccountRequestStatus;
  /** How the company works: who counts, on how many devices, when. Support picks a floating strategy from it. */
  workflow?: Maybe<Scalars['String']['output']>;
};

export type AccountRequestInput = {
  accountType: AccountType;
  companyName: Scalars['String']['input'];
  contactEmail: Scalars['String']['input'];
  contactName?: InputMaybe<Scalars['String']['input']>;
  floatingLicenses: Scalars['Int']['input'];
  standardLicenses: Scalars['Int']['input'];
  workflow?: InputMaybe<Scalars['String']['input']>;
};

export type AccountRequestStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type AccountSettings = {
  /** Floating licenses: a device silent for longer than this may lose its license to another device. */
  floatingIdleMinutes: Scalars['Int']['output'];
  /** For the permission-priority floating preset: holders whose user lacks this permission lose their license first. */
  floatingPriorityPermission?: Maybe<Scalars['String']['output']>;
  operatorContactEmail?: Maybe<Scalars['String']['output']>;
  operatorContactPhone?: Maybe<Scalars['String']['output']>;
};

export type AccountSettingsInput = {
  floatingIdleMinutes?: InputMaybe<Scalars['Int']['input']>;
  floatingPriorityPermission?: InputMaybe<Scalars['String']['input']>;
  operatorContactEmail?: InputMaybe<Scalars['String']['input']>;
  operatorContactPhone?: InputMaybe<Scalars['String']['input']>;
};

export type AccountType =
  | 'FLOATING'
  | 'MIXED'
  | 'STANDARD';

/** The viewer's policies' answer for one action (see Query.viewerPermissions). */
export type ActionPermission = {
  /** The action asked about, e.g. license.move (API.md, The policy contract). */
  action: Scalars['String']['output'];
  /** Whether the viewer may do it: the same decision the operation itself would make. */
  allowed: Scalars['Boolean']['output'];
  /** Why not, in words (null when allowed). */
  reason?: Maybe<Scalars['String']['output']>;
};

export type ApiToken = Node & {
  createdAt: Scalars['Time']['output'];
  createdBy?: Maybe<User>;
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['Time']['output']>;
  name: Scalars['String']['output'];
  permissions: Array<Scalars['String']['output']>;
  revokedAt?: Maybe<Scalars['Time']['output']>;
};

export type ApiTokenConnection = {
  edges: Array<ApiTokenEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ApiTokenEdge = {
  cursor: Scalars['String']['output'];
  node: ApiToken;
};

export type ApiTokenPayload = {
  name: Scalars['String']['output'];
  permissions: Array<Scalars['String']['output']>;
  token: Scalars['String']['output'];
};

export type ApproveAccountRequestInput = {
  adminPassword: Scalars['String']['input'];
  email: Scalars['String']['input'];
  expiresAt: Scalars['Time']['input'];
  floatingLicenses?: InputMaybe<Scalars['Int']['input']>;
  /** @deprecated Use floatingPresetName. */
  floatingPreset?: InputMaybe<Scalars['String']['input']>;
  floatingPresetName?: InputMaybe<FloatingPresetName>;
  name?: InputMaybe<Scalars['String']['input']>;
  standardLicenses?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<AccountType>;
};

export type CreateAccountInput = {
  adminPassword: Scalars['String']['input'];
  email: Scalars['String']['input'];
  expiresAt: Scalars['Time']['input'];
  floatingLicenses: Scalars['Int']['input'];
  /**
   * Floating strategy preset (see floatingPresets); default idle-longest.
   * @deprecated Use floatingPresetName.
   */
  floatingPreset?: InputMaybe<Scalars['String']['input']>;
  floatingPresetName?: InputMaybe<FloatingPresetName>;
  name: Scalars['String']['input'];
  standardLicenses: Scalars['Int']['input'];
  type: AccountType;
};

export type CreateUserInput = {
  email: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
  permissions?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CreateWebhookInput = {
  eventTypes?: InputMaybe<Array<LicenseEventType>>;
  secret: Scalars['String']['input'];
  url: Scalars['String']['input'];
};

export type Device = Node & {
  /** Unique inside the account; (Account Email, code) identifies the device. */
  code: Scalars['String']['output'];
  createdAt: Scalars['Time']['output'];
  id: Scalars['ID']['output'];
  inactive: Scalars['Boolean']['output'];
  lastSeenAt?: Maybe<Scalars['Time']['output']>;
  lastUser?: Maybe<User>;
  license?: Maybe<License>;
  licenseStatus: LicenseStatus;
  name?: Maybe<Scalars['String']['output']>;
  platform?: Maybe<Scalars['String']['output']>;
};

export type DeviceConnection = {
  edges: Array<DeviceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DeviceEdge = {
  cursor: Scalars['String']['output'];
  node: Device;
};

export type DeviceOrder = {
  direction?: OrderDirection;
  field: DeviceOrderField;
};

export type DeviceOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'LAST_SEEN_AT';

export type DeviceWhereInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  inactive?: InputMaybe<Scalars['Boolean']['input']>;
  licenseStatus?: InputMaybe<LicenseStatus>;
  userEmail?: InputMaybe<Scalars['String']['input']>;
};

export type FloatingPreset = {
  description: Scalars['String']['output'];
  /** @deprecated Use preset. */
  name: Scalars['String']['output'];
  preset: FloatingPresetName;
  source: Scalars['String']['output'];
};

export type FloatingPresetName =
  | 'IDLE_LONGEST'
  | 'NEVER_RECLAIM'
  | 'PERMISSION_PRIORITY';

export type HeartbeatPayload = {
  device: Device;
  licensed: Scalars['Boolean']['output'];
};

export type License = Node & {
  assignedAt?: Maybe<Scalars['Time']['output']>;
  device?: Maybe<Device>;
  expiresAt: Scalars['Time']['output'];
  id: Scalars['ID']['output'];
  pool: LicensePool;
  status: LicenseStatus;
};

export type LicenseEvent = Node & {
  account: Account;
  /** Who caused it; null when the system did (a login, a floating reclaim). */
  actor?: Maybe<User>;
  actorEmail?: Maybe<Scalars['String']['output']>;
  /** Opaque, ordered; the same string as this event's edge cursor in `licenseEvents`. Pass it as `after` to the query or the subscription to resume. */
  cursor: Scalars['String']['output'];
  device?: Maybe<Device>;
  id: Scalars['ID']['output'];
  occurredAt: Scalars['Time']['output'];
  pool?: Maybe<LicensePool>;
  /** For MOVED and RECLAIMED: the device that lost the license. */
  previousDevice?: Maybe<Device>;
  reason?: Maybe<Scalars['String']['output']>;
  /** Position in the account's event log (1, 2, 3 …), in commit order. */
  sequence: Scalars['Int']['output'];
  type: LicenseEventType;
  user?: Maybe<User>;
  userEmail?: Maybe<Scalars['String']['output']>;
};

export type LicenseEventConnection = {
  edges: Array<LicenseEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LicenseEventEdge = {
  cursor: Scalars['String']['output'];
  node: LicenseEvent;
};

export type LicenseEventType =
  | 'ASSIGNED'
  | 'DENIED'
  | 'EXPIRED'
  | 'MOVED'
  | 'RECLAIMED'
  | 'RELEASED'
  | 'REMOVED'
  | 'RENEWED'
  | 'RESERVED';

export type LicensePool =
  | 'FLOATING'
  | 'STANDARD';

export type LicensePoolSummary = {
  assigned: Scalars['Int']['output'];
  expiresAt: Scalars['Time']['output'];
  floating: PoolCounts;
  standard: PoolCounts;
  total: Scalars['Int']['output'];
  unassigned: Scalars['Int']['output'];
};

/** ACTIVE: taken automatically at a login. ASSIGNED: allocated to this device by an admin (a reservation). NONE: no license. */
export type LicenseStatus =
  | 'ACTIVE'
  | 'ASSIGNED'
  | 'NONE';

/** An account's use of its pool over a window. */
export type LicenseUsage = {
  /** The width of each point. */
  bucket: UsageBucket;
  /** Start of the window, at a bucket boundary. */
  from: Scalars['Time']['output'];
  /** The most devices wanting a license at once: holders plus devices refused and not yet served. */
  peakDemand: Scalars['Int']['output'];
  /** The most licenses held at once over the whole window, and when (null if none was held). */
  peakHeld: Scalars['Int']['output'];
  /** When the window's most licenses were first held at once (null if none was held). */
  peakHeldAt?: Maybe<Scalars['Time']['output']>;
  /** One point per bucket, in time order (none if nothing happened and nothing was held or wanted). */
  points: Array<UsagePoint>;
  /** End of the window (exclusive), at a bucket boundary. */
  to: Scalars['Time']['output'];
};

/** The split of licenses that would have served a window's demand at least cost. */
export type LicensingRecommendation = {
  /** Cost of the account's licenses today, in units of one STANDARD license; a FLOATING one costs floatingPriceFactor. */
  currentCost: Scalars['Float']['output'];
  /** Plain words: why this split, what it would have changed. */
  explanation: Scalars['String']['output'];
  /** FLOATING licenses recommended, shared by the other devices. */
  floating: Scalars['Int']['output'];
  /** Refusals the recommended split would have caused over the window (replayed). */
  projectedDenials: Scalars['Int']['output'];
  /** Cost of the recommended split, in the same units. */
  recommendedCost: Scalars['Float']['output'];
  /** STANDARD licenses recommended (for the devices that wanted a license the longest). */
  standard: Scalars['Int']['output'];
};

export type LoginInput = {
  deviceCode?: InputMaybe<Scalars['String']['input']>;
  deviceName?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  platform?: InputMaybe<Scalars['String']['input']>;
};

export type LoginPayload = {
  device?: Maybe<Device>;
  expiresAt: Scalars['Time']['output'];
  token: Scalars['String']['output'];
  user: User;
};

export type Mutation = {
  /** Make an earlier version active again. */
  activatePolicyVersion: PolicyVersion;
  approveAccountRequest: Account;
  /** Allocate a license from the pool of unassigned licenses to this device (status ASSIGNED). */
  assignLicense: Device;
  createAccount: Account;
  createApiToken: ApiTokenPayload;
  createUser: User;
  createWebhook: Webhook;
  deleteUser: Scalars['ID']['output'];
  deleteWebhook: Scalars['ID']['output'];
  /** The app's periodic check from a device session: marks the device seen, and re-acquires a floating license it lost if one can be had. */
  heartbeat: HeartbeatPayload;
  /** With deviceCode: the app on a device. The device is registered on first sight and gets a license if it has none; without one the login fails with NO_LICENSE_AVAILABLE (the device stays registered, so an admin can assign it one). Without deviceCode: a web session, no license involved. */
  login: LoginPayload;
  /** Ends this session. A FLOATING license goes back to the pool; a STANDARD one stays with the device. */
  logout: Scalars['Boolean']['output'];
  /** Move the license of one device to another that has none. Returns the receiving device. */
  moveLicense: Device;
  /** Send a webhook delivery again from its first attempt (after the endpoint is fixed, or when the receiver lost it): it becomes PENDING and due now, with the same delivery id. Needs webhook.manage. */
  redeliverWebhookDelivery: WebhookDelivery;
  rejectAccountRequest: AccountRequest;
  /** Take the device's license back to the pool of unassigned licenses. */
  removeLicense: Device;
  renewAccount: Account;
  /** Public. Anyone may ask for an enterprise account. */
  requestEnterpriseAccount: AccountRequest;
  /** Revoke an API token; it stops working at once. */
  revokeApiToken: ApiToken;
  setDeviceInactive: Device;
  /** SUPPORT: make a shipped floating preset the account's active FLOATING policy (a new version). */
  setFloatingPreset: PolicyVersion;
  updateAccountSettings: Account;
  /** Compile, check and test a new version of the account's policy; it becomes active only if all of that passes (else POLICY_INVALID with the reasons, and nothing changes). */
  updatePolicy: PolicyVersion;
  updateUser: User;
  updateWebhook: Webhook;
};


export type MutationActivatePolicyVersionArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  kind: PolicyKind;
  version: Scalars['Int']['input'];
};


export type MutationApproveAccountRequestArgs = {
  id: Scalars['ID']['input'];
  input: ApproveAccountRequestInput;
};


export type MutationAssignLicenseArgs = {
  deviceId: Scalars['ID']['input'];
  pool?: InputMaybe<LicensePool>;
};


export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


export type MutationCreateApiTokenArgs = {
  name: Scalars['String']['input'];
  permissions: Array<Scalars['String']['input']>;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateWebhookArgs = {
  input: CreateWebhookInput;
};


export type MutationDeleteUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMoveLicenseArgs = {
  fromDeviceId: Scalars['ID']['input'];
  toDeviceId: Scalars['ID']['input'];
};


export type MutationRedeliverWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRejectAccountRequestArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRemoveLicenseArgs = {
  deviceId: Scalars['ID']['input'];
};


export type MutationRenewAccountArgs = {
  accountId: Scalars['ID']['input'];
  input: RenewAccountInput;
};


export type MutationRequestEnterpriseAccountArgs = {
  input: AccountRequestInput;
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetDeviceInactiveArgs = {
  deviceId: Scalars['ID']['input'];
  inactive: Scalars['Boolean']['input'];
};


export type MutationSetFloatingPresetArgs = {
  accountId: Scalars['ID']['input'];
  preset?: InputMaybe<Scalars['String']['input']>;
  presetName?: InputMaybe<FloatingPresetName>;
};


export type MutationUpdateAccountSettingsArgs = {
  input: AccountSettingsInput;
};


export type MutationUpdatePolicyArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  kind: PolicyKind;
  source: Scalars['String']['input'];
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


export type MutationUpdateWebhookArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWebhookInput;
};

export type Node = {
  id: Scalars['ID']['output'];
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

export type PageInfo = {
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Policy = {
  active: PolicyVersion;
  kind: PolicyKind;
  versions: Array<PolicyVersion>;
};

export type PolicyKind =
  | 'FLOATING'
  | 'PERMISSIONS';

export type PolicyVersion = Node & {
  active: Scalars['Boolean']['output'];
  author?: Maybe<User>;
  createdAt: Scalars['Time']['output'];
  id: Scalars['ID']['output'];
  kind: PolicyKind;
  source: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type PoolCounts = {
  assigned: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  unassigned: Scalars['Int']['output'];
};

export type Query = {
  /** The viewer's own account (null for SUPPORT). */
  account?: Maybe<Account>;
  /** SUPPORT only. */
  accountRequests: Array<AccountRequest>;
  /** SUPPORT only. */
  accounts: AccountConnection;
  /** Dry run: evaluate the active policy, or `source` if given, on `input`, changing nothing. Returns the decision: for FLOATING the value of `decision`; for PERMISSIONS `{allow, deny}`. */
  evaluatePolicy: Scalars['JSON']['output'];
  /** The floating strategy presets SUPPORT can choose per account. */
  floatingPresets: Array<FloatingPreset>;
  /** (added) types, deviceId, from, to: filters. */
  licenseEvents: LicenseEventConnection;
  me?: Maybe<User>;
  node?: Maybe<Node>;
  nodes: Array<Maybe<Node>>;
  /** Which of `actions` the viewer's policies allow, answered in one request and in the order asked (at most 64): on the object `objectId` (any ID `node` resolves for the viewer), or without it on the viewer's own account. A frontend hides or disables what is denied; it never re-implements a rule. */
  viewerPermissions: Array<ActionPermission>;
};


export type QueryAccountRequestsArgs = {
  status?: InputMaybe<AccountRequestStatus>;
};


export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEvaluatePolicyArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  input: Scalars['JSON']['input'];
  kind: PolicyKind;
  source?: InputMaybe<Scalars['String']['input']>;
};


export type QueryLicenseEventsArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  deviceId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Time']['input']>;
  to?: InputMaybe<Scalars['Time']['input']>;
  types?: InputMaybe<Array<LicenseEventType>>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryViewerPermissionsArgs = {
  actions: Array<Scalars['String']['input']>;
  objectId?: InputMaybe<Scalars['ID']['input']>;
};

export type RenewAccountInput = {
  expiresAt: Scalars['Time']['input'];
  floatingLicenses?: InputMaybe<Scalars['Int']['input']>;
  /** When a count shrinks below the licenses in use: the devices that give theirs up. Without it such a renewal is refused. */
  releaseDeviceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  standardLicenses?: InputMaybe<Scalars['Int']['input']>;
};

export type Role =
  | 'ADMIN'
  | 'OPERATOR'
  | 'SUPPORT';

export type Subscription = {
  /** The viewer's account's license events, in order. With `after`, missed events are replayed first, then live ones follow; none is skipped. SUPPORT passes accountId. */
  licenseEvents: LicenseEvent;
};


export type SubscriptionLicenseEventsArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateUserInput = {
  /** Your current password: needed, and checked, when you change your own password (your other sessions and subscriptions then end). */
  currentPassword?: InputMaybe<Scalars['String']['input']>;
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  permissions?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateWebhookInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  eventTypes?: InputMaybe<Array<LicenseEventType>>;
  secret?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

/** The width of a usage point: a UTC hour, a UTC day, or an ISO week (Monday 00:00 UTC). */
export type UsageBucket =
  /** One UTC day. */
  | 'DAY'
  /** One UTC hour. */
  | 'HOUR'
  /** One ISO week, from Monday 00:00 UTC. */
  | 'WEEK';

/** One bucket of an account's usage. */
export type UsagePoint = {
  /** Distinct devices that held a license at some moment of the bucket. */
  activeDevices: Scalars['Int']['output'];
  /** DENIED events in the bucket. */
  denials: Scalars['Int']['output'];
  /** Most devices wanting a license at once during the bucket (see LicenseUsage.peakDemand). */
  peakDemand: Scalars['Int']['output'];
  /** Most FLOATING licenses held at once during the bucket. */
  peakFloating: Scalars['Int']['output'];
  /** Most licenses held at once during the bucket: in all, and per pool. */
  peakHeld: Scalars['Int']['output'];
  /** Most STANDARD licenses held at once during the bucket. */
  peakStandard: Scalars['Int']['output'];
  /** RECLAIMED events in the bucket. */
  reclaims: Scalars['Int']['output'];
  /** RELEASED events in the bucket. */
  releases: Scalars['Int']['output'];
  /** Start of the bucket (UTC). */
  start: Scalars['Time']['output'];
};

export type User = Node & {
  account?: Maybe<Account>;
  createdAt: Scalars['Time']['output'];
  devices: Array<Device>;
  disabled: Scalars['Boolean']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastLoginAt?: Maybe<Scalars['Time']['output']>;
  notes?: Maybe<Scalars['String']['output']>;
  permissions: Array<Scalars['String']['output']>;
  role: Role;
};

export type UserConnection = {
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UserEdge = {
  cursor: Scalars['String']['output'];
  node: User;
};

export type Webhook = Node & {
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['Time']['output'];
  /** @deprecated Use deliveryConnection. */
  deliveries: Array<WebhookDelivery>;
  deliveryConnection: WebhookDeliveryConnection;
  /** Event types delivered; empty means all. */
  eventTypes: Array<LicenseEventType>;
  id: Scalars['ID']['output'];
  url: Scalars['String']['output'];
};


export type WebhookDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type WebhookDeliveryConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type WebhookConnection = {
  edges: Array<WebhookEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WebhookDelivery = Node & {
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['Time']['output'];
  deliveredAt?: Maybe<Scalars['Time']['output']>;
  event: LicenseEvent;
  id: Scalars['ID']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  nextAttemptAt?: Maybe<Scalars['Time']['output']>;
  status: WebhookDeliveryStatus;
};

export type WebhookDeliveryConnection = {
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WebhookDeliveryEdge = {
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

export type WebhookEdge = {
  cursor: Scalars['String']['output'];
  node: Webhook;
};

export type LiveEventsSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
  accountId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type LiveEventsSubscription = { licenseEvents: { id: string, cursor: string, sequence: number, type: LicenseEventType, occurredAt: string, pool?: LicensePool | null, reason?: string | null, userEmail?: string | null, actorEmail?: string | null, device?: { id: string, code: string, name?: string | null } | null, previousDevice?: { id: string, code: string } | null } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type DevicesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  where?: InputMaybe<DeviceWhereInput>;
  orderBy?: InputMaybe<DeviceOrder>;
}>;


export type DevicesQuery = { account?: { id: string, type: AccountType, licensePool: { standard: { unassigned: number }, floating: { unassigned: number } }, devices: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, code: string, name?: string | null, platform?: string | null, inactive: boolean, licenseStatus: LicenseStatus, lastSeenAt?: string | null, license?: { id: string, pool: LicensePool } | null, lastUser?: { id: string, email: string } | null } }> } } | null };

export type FindDeviceQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type FindDeviceQuery = { account?: { id: string, devices: { edges: Array<{ node: { id: string, code: string, name?: string | null, licenseStatus: LicenseStatus } }> } } | null };

export type AssignLicenseMutationVariables = Exact<{
  deviceId: Scalars['ID']['input'];
  pool?: InputMaybe<LicensePool>;
}>;


export type AssignLicenseMutation = { assignLicense: { id: string, licenseStatus: LicenseStatus } };

export type RemoveLicenseMutationVariables = Exact<{
  deviceId: Scalars['ID']['input'];
}>;


export type RemoveLicenseMutation = { removeLicense: { id: string, licenseStatus: LicenseStatus } };

export type MoveLicenseMutationVariables = Exact<{
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
}>;


export type MoveLicenseMutation = { moveLicense: { id: string, code: string, licenseStatus: LicenseStatus } };

export type SetInactiveMutationVariables = Exact<{
  deviceId: Scalars['ID']['input'];
  inactive: Scalars['Boolean']['input'];
}>;


export type SetInactiveMutation = { setDeviceInactive: { id: string, inactive: boolean } };

export type RecentEventsQueryVariables = Exact<{
  types?: InputMaybe<Array<LicenseEventType> | LicenseEventType>;
  deviceId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RecentEventsQuery = { licenseEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, cursor: string, sequence: number, type: LicenseEventType, occurredAt: string, pool?: LicensePool | null, reason?: string | null, userEmail?: string | null, actorEmail?: string | null, device?: { id: string, code: string, name?: string | null } | null, previousDevice?: { id: string, code: string } | null } }> } };

export type AccountOverviewFragment = { id: string, name: string, email: string, type: AccountType, expiresAt: string, licensePool: { total: number, assigned: number, unassigned: number, expiresAt: string, standard: { total: number, assigned: number, unassigned: number }, floating: { total: number, assigned: number, unassigned: number } }, settings: { operatorContactEmail?: string | null, operatorContactPhone?: string | null, floatingIdleMinutes: number } };

export type OwnOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type OwnOverviewQuery = { account?: { id: string, name: string, email: string, type: AccountType, expiresAt: string, licensePool: { total: number, assigned: number, unassigned: number, expiresAt: string, standard: { total: number, assigned: number, unassigned: number }, floating: { total: number, assigned: number, unassigned: number } }, settings: { operatorContactEmail?: string | null, operatorContactPhone?: string | null, floatingIdleMinutes: number } } | null };

export type AnyOverviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AnyOverviewQuery = { node?: { id: string, name: string, email: string, type: AccountType, expiresAt: string, licensePool: { total: number, assigned: number, unassigned: number, expiresAt: string, standard: { total: number, assigned: number, unassigned: number }, floating: { total: number, assigned: number, unassigned: number } }, settings: { operatorContactEmail?: string | null, operatorContactPhone?: string | null, floatingIdleMinutes: number } } | {} | null };

export type PolicyPageQueryVariables = Exact<{
  kind: PolicyKind;
}>;


export type PolicyPageQuery = { account?: { id: string, type: AccountType, licensePool: { standard: { total: number, unassigned: number }, floating: { total: number, unassigned: number } }, settings: { floatingIdleMinutes: number, floatingPriorityPermission?: string | null }, policy: { kind: PolicyKind, active: { id: string, version: number, source: string }, versions: Array<{ id: string, version: number, source: string, active: boolean, createdAt: string, author?: { id: string, email: string } | null }> }, users: { edges: Array<{ node: { id: string, email: string, role: Role, permissions: Array<string>, disabled: boolean } }> }, devices: { edges: Array<{ node: { id: string, code: string, name?: string | null, inactive: boolean, licenseStatus: LicenseStatus, lastSeenAt?: string | null, license?: { pool: LicensePool } | null, lastUser?: { email: string, permissions: Array<string> } | null } }> } } | null, floatingPresets: Array<{ name: string, description: string, source: string }> };

export type UpdatePolicyMutationVariables = Exact<{
  kind: PolicyKind;
  source: Scalars['String']['input'];
}>;


export type UpdatePolicyMutation = { updatePolicy: { id: string, version: number } };

export type ActivatePolicyVersionMutationVariables = Exact<{
  kind: PolicyKind;
  version: Scalars['Int']['input'];
}>;


export type ActivatePolicyVersionMutation = { activatePolicyVersion: { id: string, version: number } };

export type EvaluatePolicyQueryVariables = Exact<{
  kind: PolicyKind;
  input: Scalars['JSON']['input'];
  source?: InputMaybe<Scalars['String']['input']>;
}>;


export type EvaluatePolicyQuery = { evaluatePolicy: unknown };

export type SettingsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type SettingsPageQuery = { account?: { id: string, type: AccountType, settings: { operatorContactEmail?: string | null, operatorContactPhone?: string | null, floatingIdleMinutes: number }, webhookConnection: { edges: Array<{ node: { id: string, url: string, eventTypes: Array<LicenseEventType>, active: boolean, createdAt: string, deliveryConnection: { edges: Array<{ node: { id: string, status: WebhookDeliveryStatus, attempts: number, lastStatusCode?: number | null, lastError?: string | null, nextAttemptAt?: string | null, deliveredAt?: string | null, createdAt: string, event: { id: string, type: LicenseEventType, sequence: number } } }> } } }> } } | null };

export type UpdateSettingsMutationVariables = Exact<{
  input: AccountSettingsInput;
}>;


export type UpdateSettingsMutation = { updateAccountSettings: { id: string, settings: { operatorContactEmail?: string | null, operatorContactPhone?: string | null, floatingIdleMinutes: number } } };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateWebhookMutation = { createWebhook: { id: string } };

export type UpdateWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateWebhookInput;
}>;


export type UpdateWebhookMutation = { updateWebhook: { id: string, active: boolean } };

export type RedeliverWebhookDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RedeliverWebhookDeliveryMutation = { redeliverWebhookDelivery: { id: string, status: WebhookDeliveryStatus } };

export type DeleteWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteWebhookMutation = { deleteWebhook: string };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { id: string, role: Role } } };

export type AccountsListQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AccountsListQuery = { accounts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, name: string, email: string, type: AccountType, expiresAt: string, licensePool: { total: number, assigned: number } } }> } };

export type AccountRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountRequestsQuery = { accountRequests: Array<{ id: string, companyName: string, contactEmail: string, contactName?: string | null, accountType: AccountType, standardLicenses: number, floatingLicenses: number, workflow?: string | null, createdAt: string }>, floatingPresets: Array<{ preset: FloatingPresetName, name: string, description: string }> };

export type ApproveAccountRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ApproveAccountRequestInput;
}>;


export type ApproveAccountRequestMutation = { approveAccountRequest: { id: string, name: string } };

export type RejectAccountRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RejectAccountRequestMutation = { rejectAccountRequest: { id: string, status: AccountRequestStatus } };

export type CreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type CreateAccountMutation = { createAccount: { id: string, name: string } };

export type RenewAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: RenewAccountInput;
}>;


export type RenewAccountMutation = { renewAccount: { id: string, expiresAt: string } };

export type AccountUsageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  from: Scalars['Time']['input'];
  to: Scalars['Time']['input'];
  bucket: UsageBucket;
  weekFrom: Scalars['Time']['input'];
}>;


export type AccountUsageQuery = { node?: { id: string, usage: { peakHeld: number, peakHeldAt?: string | null, peakDemand: number, points: Array<{ start: string, peakHeld: number, peakStandard: number, peakFloating: number, peakDemand: number, activeDevices: number, denials: number, reclaims: number, releases: number }> }, week: { points: Array<{ denials: number, reclaims: number }> }, licensingRecommendation: { standard: number, floating: number, projectedDenials: number, currentCost: number, recommendedCost: number, explanation: string } } | {} | null };

export type UsersQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type UsersQuery = { account?: { id: string, knownPermissions: Array<string>, users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, email: string, role: Role, permissions: Array<string>, notes?: string | null, disabled: boolean, createdAt: string, lastLoginAt?: string | null } }> }, apiTokenConnection: { edges: Array<{ node: { id: string, name: string, permissions: Array<string>, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null, createdBy?: { id: string, email: string } | null } }> } } | null };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, email: string } };

export type UpdateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, disabled: boolean, permissions: Array<string>, notes?: string | null } };

export type DeleteUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteUserMutation = { deleteUser: string };

export type CreateApiTokenMutationVariables = Exact<{
  name: Scalars['String']['input'];
  permissions: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string, name: string, permissions: Array<string> } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, revokedAt?: string | null } };

export type ViewerQueryVariables = Exact<{
  actions: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type ViewerQuery = { me?: { id: string, email: string, role: Role, permissions: Array<string>, account?: { id: string, name: string } | null } | null, viewerPermissions: Array<{ action: string, allowed: boolean }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AccountOverviewFragmentDoc = new TypedDocumentString(`
    fragment AccountOverview on Account {
  id
  name
  email
  type
  expiresAt
  licensePool {
    total
    assigned
    unassigned
    expiresAt
    standard {
      total
      assigned
      unassigned
    }
    floating {
      total
      assigned
      unassigned
    }
  }
  settings {
    operatorContactEmail
    operatorContactPhone
    floatingIdleMinutes
  }
}
    `, {"fragmentName":"AccountOverview"}) as unknown as TypedDocumentString<AccountOverviewFragment, unknown>;
export const LiveEventsDocument = new TypedDocumentString(`
    subscription LiveEvents($after: String, $accountId: ID) {
  licenseEvents(after: $after, accountId: $accountId) {
    id
    cursor
    sequence
    type
    occurredAt
    pool
    reason
    userEmail
    actorEmail
    device {
      id
      code
      name
    }
    previousDevice {
      id
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LiveEventsSubscription, LiveEventsSubscriptionVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const DevicesDocument = new TypedDocumentString(`
    query Devices($first: Int!, $after: String, $where: DeviceWhereInput, $orderBy: DeviceOrder) {
  account {
    id
    type
    licensePool {
      standard {
        unassigned
      }
      floating {
        unassigned
      }
    }
    devices(first: $first, after: $after, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          code
          name
          platform
          inactive
          licenseStatus
          lastSeenAt
          license {
            id
            pool
          }
          lastUser {
            id
            email
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DevicesQuery, DevicesQueryVariables>;
export const FindDeviceDocument = new TypedDocumentString(`
    query FindDevice($code: String!) {
  account {
    id
    devices(first: 5, where: {code: $code}) {
      edges {
        node {
          id
          code
          name
          licenseStatus
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FindDeviceQuery, FindDeviceQueryVariables>;
export const AssignLicenseDocument = new TypedDocumentString(`
    mutation AssignLicense($deviceId: ID!, $pool: LicensePool) {
  assignLicense(deviceId: $deviceId, pool: $pool) {
    id
    licenseStatus
  }
}
    `) as unknown as TypedDocumentString<AssignLicenseMutation, AssignLicenseMutationVariables>;
export const RemoveLicenseDocument = new TypedDocumentString(`
    mutation RemoveLicense($deviceId: ID!) {
  removeLicense(deviceId: $deviceId) {
    id
    licenseStatus
  }
}
    `) as unknown as TypedDocumentString<RemoveLicenseMutation, RemoveLicenseMutationVariables>;
export const MoveLicenseDocument = new TypedDocumentString(`
    mutation MoveLicense($from: ID!, $to: ID!) {
  moveLicense(fromDeviceId: $from, toDeviceId: $to) {
    id
    code
    licenseStatus
  }
}
    `) as unknown as TypedDocumentString<MoveLicenseMutation, MoveLicenseMutationVariables>;
export const SetInactiveDocument = new TypedDocumentString(`
    mutation SetInactive($deviceId: ID!, $inactive: Boolean!) {
  setDeviceInactive(deviceId: $deviceId, inactive: $inactive) {
    id
    inactive
  }
}
    `) as unknown as TypedDocumentString<SetInactiveMutation, SetInactiveMutationVariables>;
export const RecentEventsDocument = new TypedDocumentString(`
    query RecentEvents($types: [LicenseEventType!], $deviceId: ID, $after: String) {
  licenseEvents(first: 100, after: $after, types: $types, deviceId: $deviceId) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        cursor
        sequence
        type
        occurredAt
        pool
        reason
        userEmail
        actorEmail
        device {
          id
          code
          name
        }
        previousDevice {
          id
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecentEventsQuery, RecentEventsQueryVariables>;
export const OwnOverviewDocument = new TypedDocumentString(`
    query OwnOverview {
  account {
    ...AccountOverview
  }
}
    fragment AccountOverview on Account {
  id
  name
  email
  type
  expiresAt
  licensePool {
    total
    assigned
    unassigned
    expiresAt
    standard {
      total
      assigned
      unassigned
    }
    floating {
      total
      assigned
      unassigned
    }
  }
  settings {
    operatorContactEmail
    operatorContactPhone
    floatingIdleMinutes
  }
}`) as unknown as TypedDocumentString<OwnOverviewQuery, OwnOverviewQueryVariables>;
export const AnyOverviewDocument = new TypedDocumentString(`
    query AnyOverview($id: ID!) {
  node(id: $id) {
    ... on Account {
      ...AccountOverview
    }
  }
}
    fragment AccountOverview on Account {
  id
  name
  email
  type
  expiresAt
  licensePool {
    total
    assigned
    unassigned
    expiresAt
    standard {
      total
      assigned
      unassigned
    }
    floating {
      total
      assigned
      unassigned
    }
  }
  settings {
    operatorContactEmail
    operatorContactPhone
    floatingIdleMinutes
  }
}`) as unknown as TypedDocumentString<AnyOverviewQuery, AnyOverviewQueryVariables>;
export const PolicyPageDocument = new TypedDocumentString(`
    query PolicyPage($kind: PolicyKind!) {
  account {
    id
    type
    licensePool {
      standard {
        total
        unassigned
      }
      floating {
        total
        unassigned
      }
    }
    settings {
      floatingIdleMinutes
      floatingPriorityPermission
    }
    policy(kind: $kind) {
      kind
      active {
        id
        version
        source
      }
      versions {
        id
        version
        source
        active
        createdAt
        author {
          id
          email
        }
      }
    }
    users(first: 100) {
      edges {
        node {
          id
          email
          role
          permissions
          disabled
        }
      }
    }
    devices(first: 100) {
      edges {
        node {
          id
          code
          name
          inactive
          licenseStatus
          lastSeenAt
          license {
            pool
          }
          lastUser {
            email
            permissions
          }
        }
      }
    }
  }
  floatingPresets {
    name
    description
    source
  }
}
    `) as unknown as TypedDocumentString<PolicyPageQuery, PolicyPageQueryVariables>;
export const UpdatePolicyDocument = new TypedDocumentString(`
    mutation UpdatePolicy($kind: PolicyKind!, $source: String!) {
  updatePolicy(kind: $kind, source: $source) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdatePolicyMutation, UpdatePolicyMutationVariables>;
export const ActivatePolicyVersionDocument = new TypedDocumentString(`
    mutation ActivatePolicyVersion($kind: PolicyKind!, $version: Int!) {
  activatePolicyVersion(kind: $kind, version: $version) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ActivatePolicyVersionMutation, ActivatePolicyVersionMutationVariables>;
export const EvaluatePolicyDocument = new TypedDocumentString(`
    query EvaluatePolicy($kind: PolicyKind!, $input: JSON!, $source: String) {
  evaluatePolicy(kind: $kind, input: $input, source: $source)
}
    `) as unknown as TypedDocumentString<EvaluatePolicyQuery, EvaluatePolicyQueryVariables>;
export const SettingsPageDocument = new TypedDocumentString(`
    query SettingsPage {
  account {
    id
    type
    settings {
      operatorContactEmail
      operatorContactPhone
      floatingIdleMinutes
    }
    webhookConnection(first: 100) {
      edges {
        node {
          id
          url
          eventTypes
          active
          createdAt
          deliveryConnection(first: 20) {
            edges {
              node {
                id
                status
                attempts
                lastStatusCode
                lastError
                nextAttemptAt
                deliveredAt
                createdAt
                event {
                  id
                  type
                  sequence
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SettingsPageQuery, SettingsPageQueryVariables>;
export const UpdateSettingsDocument = new TypedDocumentString(`
    mutation UpdateSettings($input: AccountSettingsInput!) {
  updateAccountSettings(input: $input) {
    id
    settings {
      operatorContactEmail
      operatorContactPhone
      floatingIdleMinutes
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateSettingsMutation, UpdateSettingsMutationVariables>;
export const CreateWebhookDocument = new TypedDocumentString(`
    mutation CreateWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const UpdateWebhookDocument = new TypedDocumentString(`
    mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {
  updateWebhook(id: $id, input: $input) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<UpdateWebhookMutation, UpdateWebhookMutationVariables>;
export const RedeliverWebhookDeliveryDocument = new TypedDocumentString(`
    mutation RedeliverWebhookDelivery($id: ID!) {
  redeliverWebhookDelivery(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RedeliverWebhookDeliveryMutation, RedeliverWebhookDeliveryMutationVariables>;
export const DeleteWebhookDocument = new TypedDocumentString(`
    mutation DeleteWebhook($id: ID!) {
  deleteWebhook(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    token
    expiresAt
    user {
      id
      role
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const AccountsListDocument = new TypedDocumentString(`
    query AccountsList($after: String) {
  accounts(first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        email
        type
        expiresAt
        licensePool {
          total
          assigned
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsListQuery, AccountsListQueryVariables>;
export const AccountRequestsDocument = new TypedDocumentString(`
    query AccountRequests {
  accountRequests(status: PENDING) {
    id
    companyName
    contactEmail
    contactName
    accountType
    standardLicenses
    floatingLicenses
    workflow
    createdAt
  }
  floatingPresets {
    preset
    name
    description
  }
}
    `) as unknown as TypedDocumentString<AccountRequestsQuery, AccountRequestsQueryVariables>;
export const ApproveAccountRequestDocument = new TypedDocumentString(`
    mutation ApproveAccountRequest($id: ID!, $input: ApproveAccountRequestInput!) {
  approveAccountRequest(id: $id, input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ApproveAccountRequestMutation, ApproveAccountRequestMutationVariables>;
export const RejectAccountRequestDocument = new TypedDocumentString(`
    mutation RejectAccountRequest($id: ID!, $reason: String) {
  rejectAccountRequest(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RejectAccountRequestMutation, RejectAccountRequestMutationVariables>;
export const CreateAccountDocument = new TypedDocumentString(`
    mutation CreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateAccountMutation, CreateAccountMutationVariables>;
export const RenewAccountDocument = new TypedDocumentString(`
    mutation RenewAccount($id: ID!, $input: RenewAccountInput!) {
  renewAccount(accountId: $id, input: $input) {
    id
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<RenewAccountMutation, RenewAccountMutationVariables>;
export const AccountUsageDocument = new TypedDocumentString(`
    query AccountUsage($id: ID!, $from: Time!, $to: Time!, $bucket: UsageBucket!, $weekFrom: Time!) {
  node(id: $id) {
    ... on Account {
      id
      usage(from: $from, to: $to, bucket: $bucket) {
        peakHeld
        peakHeldAt
        peakDemand
        points {
          start
          peakHeld
          peakStandard
          peakFloating
          peakDemand
          activeDevices
          denials
          reclaims
          releases
        }
      }
      week: usage(from: $weekFrom, to: $to, bucket: DAY) {
        points {
          denials
          reclaims
        }
      }
      licensingRecommendation(from: $from, to: $to) {
        standard
        floating
        projectedDenials
        currentCost
        recommendedCost
        explanation
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountUsageQuery, AccountUsageQueryVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($after: String) {
  account {
    id
    knownPermissions
    users(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          email
          role
          permissions
          notes
          disabled
          createdAt
          lastLoginAt
        }
      }
    }
    apiTokenConnection(first: 100) {
      edges {
        node {
          id
          name
          permissions
          createdAt
          lastUsedAt
          revokedAt
          createdBy {
            id
            email
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    id
    disabled
    permissions
    notes
  }
}
    `) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const DeleteUserDocument = new TypedDocumentString(`
    mutation DeleteUser($id: ID!) {
  deleteUser(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteUserMutation, DeleteUserMutationVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($name: String!, $permissions: [String!]!) {
  createApiToken(name: $name, permissions: $permissions) {
    token
    name
    permissions
  }
}
    `) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;