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
  /** Any JSON value: an object, array, string, number, boolean or null (used for policy inputs and decisions). */
  JSON: { input: unknown; output: unknown; }
  /**
   * A point in time: an RFC 3339 date-time string with an offset, such as
   * "2026-11-22T10:00:00Z". The API returns UTC; it accepts any offset.
   */
  Time: { input: string; output: string; }
};

/**
 * An enterprise account: its licenses, users, devices and policies. Readable by its own
 * users with account.read (ADMIN; OPERATOR with devices:read), and by SUPPORT.
 */
export type Account = Node & {
  /** The account's API tokens, revoked ones included, oldest first, a page at a time. Needs user.read (ADMIN; users:manage): FORBIDDEN without it; BAD_USER_INPUT for a bad first or after. */
  apiTokenConnection: ApiTokenConnection;
  /**
   * The account's API tokens, revoked ones included, oldest first. Needs user.read (users:manage).
   * @deprecated Use apiTokenConnection.
   */
  apiTokens: Array<ApiToken>;
  /** When the account was created. */
  createdAt: Scalars['Time']['output'];
  /** The account's devices, a page at a time, filtered and ordered. Needs device.read (devices:read or licenses:manage). FORBIDDEN without it; BAD_USER_INPUT for a bad first, after or orderBy. */
  devices: DeviceConnection;
  /** The Account Email: generic, role-based, on the company's own domain. */
  email: Scalars['String']['output'];
  /** The one expiration date shared by every license of the account. */
  expiresAt: Scalars['Time']['output'];
  /**
   * Which floating strategy preset the active FLOATING policy was made from (null when edited by hand), as its string name, e.g. idle-longest. Needs policy.read.
   * @deprecated Use floatingPresetName.
   */
  floatingPreset?: Maybe<Scalars['String']['output']>;
  /** Which floating strategy preset the active FLOATING policy was made from (null when edited by hand). Needs policy.read (ADMIN; policies:manage); FORBIDDEN without it. */
  floatingPresetName?: Maybe<FloatingPresetName>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The permission strings that mean something in this account, for choosing a user's or token's: the shipped policy's (API.md), then the others its users and tokens hold (its own policy may give them meaning), each once. */
  knownPermissions: Array<Scalars['String']['output']>;
  /** Counts of the account's licenses, in all and per pool. */
  licensePool: LicensePoolSummary;
  /**
   * The split that would have served the demand seen over [from, to) at least cost: the
   * window's demand replayed against candidate splits of STANDARD and FLOATING licenses.
   * Needs `usage.read`.
   */
  licensingRecommendation: LicensingRecommendation;
  /** The company's name, as SUPPORT entered it (1 to 200 characters). */
  name: Scalars['String']['output'];
  /** The account's policy of this kind: the active version and every version. Needs policy.read (policies:manage); FORBIDDEN without it. */
  policy: Policy;
  /** The settings the ADMIN (or a user with settings:manage) changes with updateAccountSettings. */
  settings: AccountSettings;
  /** Which pools the account's licenses come from. */
  type: AccountType;
  /**
   * Use of the pool over [from, to), one point per bucket (UTC bucket starts). The window's
   * edges are moved out to whole buckets; `from` must be before `to`, the window at most 400
   * days and 10,000 points (else BAD_USER_INPUT). A window in which nothing happened and
   * nothing was held or wanted has no points. Needs `usage.read`.
   */
  usage: LicenseUsage;
  /** The account's users, oldest first, a page at a time. Needs user.read (users:manage). FORBIDDEN without it; BAD_USER_INPUT for a bad first or after. */
  users: UserConnection;
  /** The account's webhooks, oldest first, a page at a time. Needs webhook.manage (ADMIN, SUPPORT, or as the account's policy grants): FORBIDDEN without it; BAD_USER_INPUT for a bad first or after. */
  webhookConnection: WebhookConnection;
  /**
   * The account's webhooks, oldest first. Needs webhook.manage.
   * @deprecated Use webhookConnection.
   */
  webhooks: Array<Webhook>;
};


/**
 * An enterprise account: its licenses, users, devices and policies. Readable by its own
 * users with account.read (ADMIN; OPERATOR with devices:read), and by SUPPORT.
 */
export type AccountApiTokenConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An enterprise account: its licenses, users, devices and policies. Readable by its own
 * users with account.read (ADMIN; OPERATOR with devices:read), and by SUPPORT.
 */
export type AccountDevicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DeviceOrder>;
  where?: InputMaybe<DeviceWhereInput>;
};


/**
 * An enterprise account: its licenses, users, devices and policies. Readable by its own
 * users with account.read (ADMIN; OPERATOR with devices:read), and by SUPPORT.
 */
export type AccountLicensingRecommendationArgs = {
  floatingPriceFactor?: Scalars['Float']['input'];
  from: Scalars['Time']['input'];
  maxDenialRate?: Scalars['Float']['input'];
  to: Scalars['Time']['input'];
};


/**
 * An enterprise account: its licenses, users, devices and policies. Readable by its own
 * users with account.read (ADMIN; OPERATOR with devices:read), and by SUPPORT.
 */
export type AccountPolicyArgs = {
  kind: PolicyKind;
};


/**
 * An enterprise account: its licenses, users, devices and policies. Readable by its own
 * users with account.read (ADMIN; OPERATOR with devices:read), and by SUPPORT.
 */
export type AccountUsageArgs = {
  bucket?: UsageBucket;
  from: Scalars['Time']['input'];
  to: Scalars['Time']['input'];
};


/**
 * An enterprise account: its licenses, users, devices and policies. Readable by its own
 * users with account.read (ADMIN; OPERATOR with devices:read), and by SUPPORT.
 */
export type AccountUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An enterprise account: its licenses, users, devices and policies. Readable by its own
 * users with account.read (ADMIN; OPERATOR with devices:read), and by SUPPORT.
 */
export type AccountWebhookConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of accounts. */
export type AccountConnection = {
  /** The page's accounts with their cursors. */
  edges: Array<AccountEdge>;
  /** Where the page stands. */
  pageInfo: PageInfo;
  /** Accounts in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An account in a page. */
export type AccountEdge = {
  /** Pass as after to continue after this account. */
  cursor: Scalars['String']['output'];
  /** The account. */
  node: Account;
};

/**
 * A company's request for an enterprise account (requestEnterpriseAccount), answered by
 * SUPPORT. Readable by SUPPORT only.
 */
export type AccountRequest = Node & {
  /** The account made from it when APPROVED; null otherwise. */
  account?: Maybe<Account>;
  /** The type of account asked for. */
  accountType: AccountType;
  /** The company's name. */
  companyName: Scalars['String']['output'];
  /** Where SUPPORT answers the request. */
  contactEmail: Scalars['String']['output'];
  /** Whom to ask for; null when not given. */
  contactName?: Maybe<Scalars['String']['output']>;
  /** When it was sent. */
  createdAt: Scalars['Time']['output'];
  /** When SUPPORT approved or rejected it; null while PENDING. */
  decidedAt?: Maybe<Scalars['Time']['output']>;
  /** SUPPORT's reason when rejecting. */
  decisionReason?: Maybe<Scalars['String']['output']>;
  /** FLOATING licenses asked for. */
  floatingLicenses: Scalars['Int']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** STANDARD licenses asked for. */
  standardLicenses: Scalars['Int']['output'];
  /** PENDING until SUPPORT approves or rejects it. */
  status: AccountRequestStatus;
  /** How the company works: who counts, on how many devices, when. Support picks a floating strategy from it. */
  workflow?: Maybe<Scalars['String']['output']>;
};

/** A company's request for an enterprise account. */
export type AccountRequestInput = {
  /** The type of account wanted. */
  accountType: AccountType;
  /** The company's name. */
  companyName: Scalars['String']['input'];
  /** Where SUPPORT answers. */
  contactEmail: Scalars['String']['input'];
  /** Whom to ask for. */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** FLOATING licenses wanted (0 or more). */
  floatingLicenses: Scalars['Int']['input'];
  /** STANDARD licenses wanted (0 or more). */
  standardLicenses: Scalars['Int']['input'];
  /** How the company works: who counts, on how many devices, when. */
  workflow?: InputMaybe<Scalars['String']['input']>;
};

/** Where SUPPORT's answer to an account request stands. */
export type AccountRequestStatus =
  /** Approved: the account exists (AccountRequest.account). */
  | 'APPROVED'
  /** Not answered yet: approveAccountRequest or rejectAccountRequest decide it. */
  | 'PENDING'
  /** Rejected, with SUPPORT's reason in decisionReason. */
  | 'REJECTED';

/** An account's settings (updateAccountSettings changes them). */
export type AccountSettings = {
  /** Floating licenses: a device silent for longer than this may lose its license to another device. In minutes; 0 means at once. */
  floatingIdleMinutes: Scalars['Int']['output'];
  /** For the permission-priority floating preset: holders whose user lacks this permission lose their license first. */
  floatingPriorityPermission?: Maybe<Scalars['String']['output']>;
  /** Whom the account's operators should contact (shown in the app); null when not set. */
  operatorContactEmail?: Maybe<Scalars['String']['output']>;
  /** The phone number operators should call; null when not set. */
  operatorContactPhone?: Maybe<Scalars['String']['output']>;
};

/** Changes to the account's settings; omitted fields stay as they are. */
export type AccountSettingsInput = {
  /** Minutes of silence after which a FLOATING license may be reclaimed: 0 to 525600 (a year), else BAD_USER_INPUT. */
  floatingIdleMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** For the permission-priority floating preset: the permission string whose holders keep their license longest; empty string: none. */
  floatingPriorityPermission?: InputMaybe<Scalars['String']['input']>;
  /** Whom operators should contact (an email address); empty string: none. */
  operatorContactEmail?: InputMaybe<Scalars['String']['input']>;
  /** The phone number operators should call; empty string: none. */
  operatorContactPhone?: InputMaybe<Scalars['String']['input']>;
};

/** Which pools an account's licenses come from. */
export type AccountType =
  /** Only FLOATING licenses: shared, taken at a login and returned at logout (or reclaimed). */
  | 'FLOATING'
  /** Both pools: a device takes a free STANDARD license first, else a FLOATING one. */
  | 'MIXED'
  /** Only STANDARD licenses: each stays with the device that took it. */
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

/**
 * A token an integrator's program authenticates with (Authorization: Bearer), acting inside
 * one account with a subset of its creator's permissions. Readable with user.read (ADMIN;
 * users:manage) and by SUPPORT; the token's secret itself is shown only once, by createApiToken.
 */
export type ApiToken = Node & {
  /** When it was created. */
  createdAt: Scalars['Time']['output'];
  /** Who created it; null once that user is deleted. */
  createdBy?: Maybe<User>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** When it was last used to authenticate; null if never. */
  lastUsedAt?: Maybe<Scalars['Time']['output']>;
  /** The name it was given. */
  name: Scalars['String']['output'];
  /** The permission strings it carries. */
  permissions: Array<Scalars['String']['output']>;
  /** When it was revoked (it no longer works); null while it works. */
  revokedAt?: Maybe<Scalars['Time']['output']>;
};

/** A page of API tokens. */
export type ApiTokenConnection = {
  /** The page's tokens with their cursors. */
  edges: Array<ApiTokenEdge>;
  /** Where the page stands. */
  pageInfo: PageInfo;
  /** Tokens in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An API token in a page. */
export type ApiTokenEdge = {
  /** Pass as after to continue after this token. */
  cursor: Scalars['String']['output'];
  /** The token. */
  node: ApiToken;
};

/** A new API token. */
export type ApiTokenPayload = {
  /** The token's name, as given. */
  name: Scalars['String']['output'];
  /** The permissions it carries. */
  permissions: Array<Scalars['String']['output']>;
  /** The bearer token: shown once, store it now (only its hash is kept). */
  token: Scalars['String']['output'];
};

/** SUPPORT's choices when approving a request; omitted counts and type are the request's. */
export type ApproveAccountRequestInput = {
  /** The ADMIN's first password, at least 10 characters. */
  adminPassword: Scalars['String']['input'];
  /** The Account Email, also the ADMIN's login (rules as CreateAccountInput.email). */
  email: Scalars['String']['input'];
  /** When every license expires. */
  expiresAt: Scalars['Time']['input'];
  /** Overrides the requested FLOATING licenses. */
  floatingLicenses?: InputMaybe<Scalars['Int']['input']>;
  /**
   * Floating strategy preset by its string name (see floatingPresets); default idle-longest. Unknown: BAD_USER_INPUT.
   * @deprecated Use floatingPresetName.
   */
  floatingPreset?: InputMaybe<Scalars['String']['input']>;
  /** Floating strategy preset; default IDLE_LONGEST. Give this or floatingPreset, not both (BAD_USER_INPUT). */
  floatingPresetName?: InputMaybe<FloatingPresetName>;
  /** The account's name; default the request's companyName. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Overrides the requested STANDARD licenses. */
  standardLicenses?: InputMaybe<Scalars['Int']['input']>;
  /** Overrides the requested account type. */
  type?: InputMaybe<AccountType>;
};

/** A new enterprise account, created by SUPPORT. */
export type CreateAccountInput = {
  /** The ADMIN's first password, at least 10 characters. */
  adminPassword: Scalars['String']['input'];
  /** The Account Email, also the ADMIN's login: generic and role-based, on the company's own domain (else BAD_USER_INPUT); unique (else CONFLICT). */
  email: Scalars['String']['input'];
  /** When every license expires. */
  expiresAt: Scalars['Time']['input'];
  /** FLOATING licenses (0 or more; 0 for a STANDARD account). */
  floatingLicenses: Scalars['Int']['input'];
  /**
   * Floating strategy preset by its string name (see floatingPresets); default idle-longest. Unknown: BAD_USER_INPUT.
   * @deprecated Use floatingPresetName.
   */
  floatingPreset?: InputMaybe<Scalars['String']['input']>;
  /** Floating strategy preset; default IDLE_LONGEST. Give this or floatingPreset, not both (BAD_USER_INPUT). */
  floatingPresetName?: InputMaybe<FloatingPresetName>;
  /** The company's name. */
  name: Scalars['String']['input'];
  /** STANDARD licenses (0 or more; 0 for a FLOATING account). */
  standardLicenses: Scalars['Int']['input'];
  /** Which pools the licenses come from. */
  type: AccountType;
};

/** A new OPERATOR user of the viewer's account. */
export type CreateUserInput = {
  /** The login email: unique across the service (else CONFLICT). */
  email: Scalars['String']['input'];
  /** Free-text notes about the user, at most 10,000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** At least 10 characters (else BAD_USER_INPUT). */
  password: Scalars['String']['input'];
  /** Permission strings, e.g. ["count"]; default none. Only strings the creator holds (else FORBIDDEN). */
  permissions?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A new webhook. */
export type CreateWebhookInput = {
  /** The event types to deliver; omitted or empty: all. */
  eventTypes?: InputMaybe<Array<LicenseEventType>>;
  /** The key deliveries are signed with (HMAC-SHA256): 16 to 256 characters; use a random string. */
  secret: Scalars['String']['input'];
  /** An absolute http:// or https:// URL, at most 2000 characters, without user name, password or #fragment (else BAD_USER_INPUT). */
  url: Scalars['String']['input'];
};

/**
 * A device running the app, registered at its first login with a deviceCode. Readable with
 * device.read (ADMIN; devices:read or licenses:manage) and by SUPPORT.
 */
export type Device = Node & {
  /** Unique inside the account; (Account Email, code) identifies the device. */
  code: Scalars['String']['output'];
  /** When the device was registered (its first login). */
  createdAt: Scalars['Time']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** An inactive device is out of use: it cannot log in until setDeviceInactive makes it active again. */
  inactive: Scalars['Boolean']['output'];
  /** The device's last login or heartbeat; null before the first. */
  lastSeenAt?: Maybe<Scalars['Time']['output']>;
  /** The user who last logged in on the device; null before the first login or after that user was deleted. */
  lastUser?: Maybe<User>;
  /** The license the device holds; null when none. */
  license?: Maybe<License>;
  /** Whether and how the device holds a license now. */
  licenseStatus: LicenseStatus;
  /** The name the app gave at login (LoginInput.deviceName); null when none. */
  name?: Maybe<Scalars['String']['output']>;
  /** The platform the app gave at login (LoginInput.platform), e.g. android; null when none. */
  platform?: Maybe<Scalars['String']['output']>;
};

/** A page of devices. */
export type DeviceConnection = {
  /** The page's devices with their cursors. */
  edges: Array<DeviceEdge>;
  /** Where the page stands. */
  pageInfo: PageInfo;
  /** Devices matching the filter, in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A device in a page. */
export type DeviceEdge = {
  /** Pass as after to continue after this device. */
  cursor: Scalars['String']['output'];
  /** The device. */
  node: Device;
};

/** The order of Account.devices. */
export type DeviceOrder = {
  /** ASC (the default) or DESC. */
  direction?: OrderDirection;
  /** What to order by. */
  field: DeviceOrderField;
};

/** What Account.devices can be ordered by. */
export type DeviceOrderField =
  /** The device's code, alphabetically. */
  | 'CODE'
  /** When the device was registered (its first login). */
  | 'CREATED_AT'
  /** The device's last login or heartbeat (never-seen devices last in ASC). */
  | 'LAST_SEEN_AT';

/** Filters of Account.devices; a device must match every field given. */
export type DeviceWhereInput = {
  /** Devices whose code contains this text, ignoring case. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Only inactive (true) or only active (false) devices. */
  inactive?: InputMaybe<Scalars['Boolean']['input']>;
  /** Devices with this license status. */
  licenseStatus?: InputMaybe<LicenseStatus>;
  /** Devices whose last user has this email (ignoring case). */
  userEmail?: InputMaybe<Scalars['String']['input']>;
};

/** A shipped FLOATING policy SUPPORT can make an account's active one (setFloatingPreset). */
export type FloatingPreset = {
  /** What it does, in one sentence. */
  description: Scalars['String']['output'];
  /**
   * Its older string name, e.g. idle-longest.
   * @deprecated Use preset.
   */
  name: Scalars['String']['output'];
  /** Its name, to pass to setFloatingPreset(presetName:) or floatingPresetName. */
  preset: FloatingPresetName;
  /** Its Rego source (package countthings.floating): a starting point for an account's own policy. */
  source: Scalars['String']['output'];
};

/** The shipped floating strategy presets: what setFloatingPreset and floatingPresetName take. */
export type FloatingPresetName =
  /** The default: a free license if any, else the FLOATING license idle longest past floatingIdleMinutes; never an ASSIGNED one. String name: idle-longest. */
  | 'IDLE_LONGEST'
  /** Free licenses only: nobody loses a license until they log out. String name: never-reclaim. */
  | 'NEVER_RECLAIM'
  /** Like IDLE_LONGEST, but holders whose user lacks settings.floatingPriorityPermission lose theirs first. String name: permission-priority. */
  | 'PERMISSION_PRIORITY';

/** The answer to a device's heartbeat. */
export type HeartbeatPayload = {
  /** The device, marked seen now. */
  device: Device;
  /** Whether the device holds a license after the heartbeat (false: stop counting until one is available). */
  licensed: Scalars['Boolean']['output'];
};

/** One license (a seat) of an account's pool; free when it has no device. */
export type License = Node & {
  /** When its current device got it; null when free. */
  assignedAt?: Maybe<Scalars['Time']['output']>;
  /** The device holding it; null when free. */
  device?: Maybe<Device>;
  /** When it expires: the account's expiresAt. */
  expiresAt: Scalars['Time']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The pool it belongs to. */
  pool: LicensePool;
  /** ACTIVE or ASSIGNED while a device holds it; NONE when free. */
  status: LicenseStatus;
};

/**
 * Something that happened to a license, in the account's log. Readable with event.read
 * (ADMIN; events:read) and by SUPPORT.
 */
export type LicenseEvent = Node & {
  /** The account it happened in. */
  account: Account;
  /** Who caused it; null when the system did (a login, a floating reclaim). */
  actor?: Maybe<User>;
  /** The email of actor at the time of the event (kept after the user is deleted); null when the system did it. */
  actorEmail?: Maybe<Scalars['String']['output']>;
  /** Opaque, ordered; the same string as this event's edge cursor in `licenseEvents`. Pass it as `after` to the query or the subscription to resume. */
  cursor: Scalars['String']['output'];
  /** The device concerned (for MOVED and RECLAIMED, the one that got the license); null when none or deleted. */
  device?: Maybe<Device>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** When it happened. */
  occurredAt: Scalars['Time']['output'];
  /** The pool of the license concerned; null for account-wide events (EXPIRED, RENEWED). */
  pool?: Maybe<LicensePool>;
  /** For MOVED and RECLAIMED: the device that lost the license. */
  previousDevice?: Maybe<Device>;
  /** Why, in words (the policy's reason for DENIED and RECLAIMED, the admin's action otherwise); null when none. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Position in the account's event log (1, 2, 3 …), in commit order. */
  sequence: Scalars['Int']['output'];
  /** What happened. */
  type: LicenseEventType;
  /** The device's user: who logged in or out (ASSIGNED, DENIED, RELEASED, RECLAIMED), or the device's last user for an admin's change; null when none or deleted (userEmail stays). */
  user?: Maybe<User>;
  /** The email of user at the time of the event (kept after the user is deleted); null when none. */
  userEmail?: Maybe<Scalars['String']['output']>;
};

/** A page of license events. */
export type LicenseEventConnection = {
  /** The page's events with their cursors. */
  edges: Array<LicenseEventEdge>;
  /** Where the page stands. */
  pageInfo: PageInfo;
  /** Events matching the filters, in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A license event in a page. */
export type LicenseEventEdge = {
  /** Pass as after (query or subscription) to continue after this event. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: LicenseEvent;
};

/** What happened to a license (LicenseEvent.type). */
export type LicenseEventType =
  /** A device took a license at a login (automatic). */
  | 'ASSIGNED'
  /** A device's login was refused for lack of a license (NO_LICENSE_AVAILABLE); reason says why. */
  | 'DENIED'
  /** The account's licenses reached their expiration date (recorded once). */
  | 'EXPIRED'
  /** An admin moved a license from previousDevice to device (moveLicense). */
  | 'MOVED'
  /** The FLOATING policy took an idle device's license (previousDevice) for another device. */
  | 'RECLAIMED'
  /** A device gave its FLOATING license back to the pool at logout. */
  | 'RELEASED'
  /** An admin took the device's license back to the pool (removeLicense), or a renewal released it. */
  | 'REMOVED'
  /** SUPPORT renewed the account (renewAccount): a new expiration date or new counts. */
  | 'RENEWED'
  /** An admin allocated a license to the device (assignLicense): its status is ASSIGNED. */
  | 'RESERVED';

/** The pool a license belongs to. */
export type LicensePool =
  /** A shared license: released at logout, and reclaimable from an idle device by the account's FLOATING policy. */
  | 'FLOATING'
  /** A license that stays with its device until an admin removes or moves it. */
  | 'STANDARD';

/** Counts of an account's licenses (seats), in all and per pool. */
export type LicensePoolSummary = {
  /** Licenses held by a device (status ACTIVE or ASSIGNED). */
  assigned: Scalars['Int']['output'];
  /** When every license of the account expires (Account.expiresAt). */
  expiresAt: Scalars['Time']['output'];
  /** The FLOATING pool's counts. */
  floating: PoolCounts;
  /** The STANDARD pool's counts. */
  standard: PoolCounts;
  /** Licenses the account has, in both pools. */
  total: Scalars['Int']['output'];
  /** Free licenses: total minus assigned. */
  unassigned: Scalars['Int']['output'];
};

/** ACTIVE: taken automatically at a login. ASSIGNED: allocated to this device by an admin (a reservation). NONE: no license. */
export type LicenseStatus =
  /** Taken automatically by the device at a login. */
  | 'ACTIVE'
  /** Allocated to this device by an admin (assignLicense): a reservation the FLOATING policy never reclaims. */
  | 'ASSIGNED'
  /** No license: the device holds none, or the license is free in the pool. */
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

/** Credentials for login. */
export type LoginInput = {
  /** The device's code, for the app on a device (registered on first sight); omitted for a web session. */
  deviceCode?: InputMaybe<Scalars['String']['input']>;
  /** A name for the device, shown to admins (with deviceCode). */
  deviceName?: InputMaybe<Scalars['String']['input']>;
  /** The user's email (compared without case). */
  email: Scalars['String']['input'];
  /** The user's password. */
  password: Scalars['String']['input'];
  /** The device's platform, e.g. android (with deviceCode). */
  platform?: InputMaybe<Scalars['String']['input']>;
};

/** A new session. */
export type LoginPayload = {
  /** The device, for a login with deviceCode; null for a web session. */
  device?: Maybe<Device>;
  /** When the session ends unless renewed by use. */
  expiresAt: Scalars['Time']['output'];
  /** The session's bearer token: send it as Authorization: Bearer <token> (HTTP) or in connection_init (WebSocket). Shown once. */
  token: Scalars['String']['output'];
  /** Who logged in. */
  user: User;
};

/**
 * The entry points for changing things. Every mutation answers UNAUTHENTICATED without a
 * session (except requestEnterpriseAccount and login), FORBIDDEN when the viewer's policies
 * refuse the action named, and NOT_FOUND for an ID the viewer may not see.
 */
export type Mutation = {
  /** Make an earlier version active again. Needs policy.update (ADMIN; policies:manage); NOT_FOUND for a version the account does not have. */
  activatePolicyVersion: PolicyVersion;
  /** SUPPORT only (accountrequest.decide): create the requested account with its ADMIN. CONFLICT when the request was already decided or the email is in use; BAD_USER_INPUT for a bad field. */
  approveAccountRequest: Account;
  /** Allocate a license from the pool of unassigned licenses to this device (status ASSIGNED). Needs license.assign (ADMIN; licenses:manage). CONFLICT when the device holds one; NO_LICENSE_AVAILABLE when none is free. */
  assignLicense: Device;
  /** SUPPORT only (account.create): create an account, its licenses, its ADMIN and its policies. CONFLICT when the email is in use; BAD_USER_INPUT for a bad field. */
  createAccount: Account;
  /** Create an API token acting in the viewer's account. Needs apitoken.create (ADMIN, or as the account's policy grants); the permissions must be ones the viewer holds (else FORBIDDEN). The token is in the payload, once. */
  createApiToken: ApiTokenPayload;
  /** Create an OPERATOR in the viewer's account. Needs user.create (ADMIN; users:manage); the permissions given must be ones the viewer holds (else FORBIDDEN); CONFLICT when the email is in use; BAD_USER_INPUT for a bad field. */
  createUser: User;
  /** Register a webhook in the viewer's account; deliveries start with the next event. Needs webhook.manage (FORBIDDEN without it); BAD_USER_INPUT for a bad URL or secret. */
  createWebhook: Webhook;
  /** Delete a user; its sessions end. Returns its ID. Needs user.delete (ADMIN; users:manage) and every permission the user holds (else FORBIDDEN). */
  deleteUser: Scalars['ID']['output'];
  /** Delete a webhook and its deliveries; returns its ID. Needs webhook.manage; another account's webhook is NOT_FOUND. */
  deleteWebhook: Scalars['ID']['output'];
  /** The app's periodic check from a device session: marks the device seen, and re-acquires a floating license it lost if one can be had. BAD_USER_INPUT outside a device session. */
  heartbeat: HeartbeatPayload;
  /** With deviceCode: the app on a device. The device is registered on first sight and gets a license if it has none; without one the login fails with NO_LICENSE_AVAILABLE (the device stays registered, so an admin can assign it one). Without deviceCode: a web session, no license involved. A wrong email or password is UNAUTHENTICATED; too many failures RATE_LIMITED; on a device, FORBIDDEN without device.login (count) and LICENSE_EXPIRED once the account's licenses expired. */
  login: LoginPayload;
  /** Ends this session. A FLOATING license goes back to the pool; a STANDARD one stays with the device. BAD_USER_INPUT for an API token (revoke it instead). */
  logout: Scalars['Boolean']['output'];
  /** Move the license of one device to another that has none. Returns the receiving device. Needs license.move (ADMIN; licenses:manage); CONFLICT when the first holds none or the second holds one. */
  moveLicense: Device;
  /** Send a webhook delivery again from its first attempt (after the endpoint is fixed, or when the receiver lost it): it becomes PENDING and due now, with the same delivery id. Needs webhook.manage. */
  redeliverWebhookDelivery: WebhookDelivery;
  /** SUPPORT only (accountrequest.decide): refuse a request. CONFLICT when it was already decided. */
  rejectAccountRequest: AccountRequest;
  /** Take the device's license back to the pool of unassigned licenses. Needs license.remove (ADMIN; licenses:manage); CONFLICT when it holds none. */
  removeLicense: Device;
  /** SUPPORT only (account.renew): a new expiration date and counts, recorded as a RENEWED event. CONFLICT when a count shrinks below the licenses in use and releaseDeviceIds does not free enough; BAD_USER_INPUT for a bad field. */
  renewAccount: Account;
  /** Public. Anyone may ask for an enterprise account. RATE_LIMITED when one address asks too often; BAD_USER_INPUT for a bad field. */
  requestEnterpriseAccount: AccountRequest;
  /** Revoke an API token; it stops working at once. Needs user.update (ADMIN; users:manage) and every permission the token holds (else FORBIDDEN); another account's token is NOT_FOUND. */
  revokeApiToken: ApiToken;
  /** Mark a device inactive (out of use) or active again. Needs device.inactive.set (ADMIN; licenses:manage). */
  setDeviceInactive: Device;
  /** SUPPORT: make a shipped floating preset the account's active FLOATING policy (a new version). Name it by presetName or by the older preset string, exactly one (else BAD_USER_INPUT). Needs policy.update on the account (FORBIDDEN without it). */
  setFloatingPreset: PolicyVersion;
  /** Change the viewer's account's settings. Needs account.settings.update (ADMIN; settings:manage); BAD_USER_INPUT for a bad value. */
  updateAccountSettings: Account;
  /** Compile, check and test a new version of the account's policy; it becomes active only if all of that passes (else POLICY_INVALID with the reasons, and nothing changes). Needs policy.update (ADMIN; policies:manage); RATE_LIMITED when too many drafts are being checked at once. */
  updatePolicy: PolicyVersion;
  /** Change a user of the viewer's account. Needs user.update (ADMIN; users:manage) and every permission the user holds; the ADMIN is changed only by itself and SUPPORT (else FORBIDDEN). */
  updateUser: User;
  /** Change a webhook. Needs webhook.manage; another account's webhook is NOT_FOUND; BAD_USER_INPUT for a bad URL or secret. */
  updateWebhook: Webhook;
};


/**
 * The entry points for changing things. Every mutation answers UNAUTHENTICATED without a
 * session (except requestEnterpriseAccount and login), FORBIDDEN when the viewer's policies
 * refuse the action named, and NOT_FOUND for an ID the viewer may not see.
 */
export type MutationActivatePolicyVersionArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  kind: PolicyKind;
  version: Scalars['Int']['input'];
};


/**
 * The entry points for changing things. Every mutation answers UNAUTHENTICATED without a
 * session (except requestEnterpriseAccount and login), FORBIDDEN when the viewer's policies
 * refuse the action named, and NOT_FOUND for an ID the viewer may not see.
 */
export type MutationApproveAccountRequestArgs = {
  id: Scalars['ID']['input'];
  input: ApproveAccountRequestInput;
};


/**
 * The entry points for changing things. Every mutation answers UNAUTHENTICATED without a
 * session (except requestEnterpriseAccount and login), FORBIDDEN when the viewer's policies
 * refuse the action named, and NOT_FOUND for an ID the viewer may not see.
 */
export type MutationAssignLicenseArgs = {
  deviceId: Scalars['ID']['input'];
  pool?: InputMaybe<LicensePool>;
};


/**
 * The entry points for changing things. Every mutation answers UNAUTHENTICATED without a
 * session (except requestEnterpriseAccount and login), FORBIDDEN when the viewer's policies
 * refuse the action named, and NOT_FOUND for an ID the viewer may not see.
 */
export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


/**
 * The entry points for changing things. Every mutation answers UNAUTHENTICATED without a
 * session (except requestEnterpriseAccount and login), FORBIDDEN when the viewer's policies
 * refuse the action named, and NOT_FOUND for an ID the viewer may not see.
 */
export type MutationCreateApiTokenArgs = {
  name: Scalars['String']['input'];
  permissions: Array<Scalars['String']['input']>;
};


/**
 * The entry points for changing things. Every mutation answers UNAUTHENTICATED without a
 * session (except requestEnterpriseAccount and login), FORBIDDEN when the viewer's policies
 * refuse the action named, and NOT_FOUND for an ID the viewer may not see.
 */
export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


/**
 * The entry points for changing things. Every mutation answers UNAUTHENTICATED without a
 * session (except requestEnterpriseAccount and login), FORBIDDEN when the viewer's policies
 * refuse the action named, and NOT_FOUND for an ID the viewer may not see.
 */
export type MutationCreateWebhookArgs = {
  input: CreateWebhookInput;
};


/**
 * The entry points for changing things. Every mutation answers UNAUTHENTICATED without a
 * session (except requestEnterpriseAccount and login), FORBIDDEN when the viewer's policies
 * refuse the action named, and NOT_FOUND for an ID the viewer may not see.
 */
export type MutationDeleteUserArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for changing things. Every mutation answers UNAUTHENTICATED without a
 * session (except requestEnterpriseAccount and login), FORBIDDEN when the viewer's policies
 * refuse the action named, and NOT_FOUND for an ID the viewer may not see.
 */
export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for changing things. Every mutation answers UNAUTHENTICATED without a
 * session (except requestEnterpriseAccount and login), FORBIDDEN when the viewer's policies
 * refuse the action named, and NOT_FOUND for an ID the viewer may not see.
 */
export type MutationLoginArgs = {
  input: LoginInput;
};


/**
 * The entry points for changing things. Every mutation answers UNAUTHENTICATED without a
 * session (except requestEnterpriseAccount and login), FORBIDDEN when the viewer's policies
 * refuse the action named, and NOT_FOUND for an ID the viewer may not see.
 */
export type MutationMoveLicenseArgs = {
  fromDeviceId: Scalars['ID']['input'];
  toDeviceId: Scalars['ID']['input'];
};


/**
 * The entry points for changing things. Every mutation answers UNAUTHENTICATED without a
 * session (except requestEnterpriseAccount and login), FORBIDDEN when the viewer's policies
 * refuse the action named, and NOT_FOUND for an ID the viewer may not see.
 */
export type MutationRedeliverWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for changing things. Every mutation answers UNAUTHENTICATED without a
 * session (except requestEnterpriseAccount and login), FORBIDDEN when the viewer's policies
 * refuse the action named, and NOT_FOUND for an ID the viewer may not see.
 */
export type MutationRejectAccountRequestArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The entry points for changing things. Every mutation answers UNAUTHENTICATED without a
 * session (except requestEnterpriseAccount and login), FORBIDDEN when the viewer's policies
 * refuse the action named, and NOT_FOUND for an ID the viewer may not see.
 */
export type MutationRemoveLicenseArgs = {
  deviceId: Scalars['ID']['input'];
};


/**
 * The entry points for changing things. Every mutation answers UNAUTHENTICATED without a
 * session (except requestEnterpriseAccount and login), FORBIDDEN when the viewer's policies
 * refuse the action named, and NOT_FOUND for an ID the viewer may not see.
 */
export type MutationRenewAccountArgs = {
  accountId: Scalars['ID']['input'];
  input: RenewAccountInput;
};


/**
 * The entry points for changing things. Every mutation answers UNAUTHENTICATED without a
 * session (except requestEnterpriseAccount and login), FORBIDDEN when the viewer's policies
 * refuse the action named, and NOT_FOUND for an ID the viewer may not see.
 */
export type MutationRequestEnterpriseAccountArgs = {
  input: AccountRequestInput;
};


/**
 * The entry points for changing things. Every mutation answers UNAUTHENTICATED without a
 * session (except requestEnterpriseAccount and login), FORBIDDEN when the viewer's policies
 * refuse the action named, and NOT_FOUND for an ID the viewer may not see.
 */
export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points for changing things. Every mutation answers UNAUTHENTICATED without a
 * session (except requestEnterpriseAccount and login), FORBIDDEN when the viewer's policies
 * refuse the action named, and NOT_FOUND for an ID the viewer may not see.
 */
export type MutationSetDeviceInactiveArgs = {
  deviceId: Scalars['ID']['input'];
  inactive: Scalars['Boolean']['input'];
};


/**
 * The entry points for changing things. Every mutation answers UNAUTHENTICATED without a
 * session (except requestEnterpriseAccount and login), FORBIDDEN when the viewer's policies
 * refuse the action named, and NOT_FOUND for an ID the viewer may not see.
 */
export type MutationSetFloatingPresetArgs = {
  accountId: Scalars['ID']['input'];
  preset?: InputMaybe<Scalars['String']['input']>;
  presetName?: InputMaybe<FloatingPresetName>;
};


/**
 * The entry points for changing things. Every mutation answers UNAUTHENTICATED without a
 * session (except requestEnterpriseAccount and login), FORBIDDEN when the viewer's policies
 * refuse the action named, and NOT_FOUND for an ID the viewer may not see.
 */
export type MutationUpdateAccountSettingsArgs = {
  input: AccountSettingsInput;
};


/**
 * The entry points for changing things. Every mutation answers UNAUTHENTICATED without a
 * session (except requestEnterpriseAccount and login), FORBIDDEN when the viewer's policies
 * refuse the action named, and NOT_FOUND for an ID the viewer may not see.
 */
export type MutationUpdatePolicyArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  kind: PolicyKind;
  source: Scalars['String']['input'];
};


/**
 * The entry points for changing things. Every mutation answers UNAUTHENTICATED without a
 * session (except requestEnterpriseAccount and login), FORBIDDEN when the viewer's policies
 * refuse the action named, and NOT_FOUND for an ID the viewer may not see.
 */
export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


/**
 * The entry points for changing things. Every mutation answers UNAUTHENTICATED without a
 * session (except requestEnterpriseAccount and login), FORBIDDEN when the viewer's policies
 * refuse the action named, and NOT_FOUND for an ID the viewer may not see.
 */
export type MutationUpdateWebhookArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWebhookInput;
};

/**
 * An object with a global ID. Query.node(id:) and Query.nodes(ids:) resolve any ID the viewer may
 * see; an ID of another account, or of nothing, answers NOT_FOUND alike.
 */
export type Node = {
  /** Opaque global ID: pass it back exactly as received; never parse it. */
  id: Scalars['ID']['output'];
};

/** Which way a list is ordered. */
export type OrderDirection =
  /** Smallest (or earliest) first. */
  | 'ASC'
  /** Largest (or latest) first. */
  | 'DESC';

/** Where a page of a connection stands (Relay). */
export type PageInfo = {
  /** The last edge's cursor, to pass as after; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page: ask again with after: endCursor. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items come before this page (always false: lists page forwards only). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The first edge's cursor; null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** An account's policy of one kind: every version, one of them active. Readable with policy.read (ADMIN; policies:manage) and by SUPPORT. */
export type Policy = {
  /** The version in force. */
  active: PolicyVersion;
  /** Which policy. */
  kind: PolicyKind;
  /** Every version, newest first. */
  versions: Array<PolicyVersion>;
};

/** The two policies every account has, each versioned (Account.policy). */
export type PolicyKind =
  /** Rego package countthings.floating: which pool a device draws from and which holder, if any, loses its license. */
  | 'FLOATING'
  /** Rego package countthings.permissions: what OPERATOR users and API tokens may do. */
  | 'PERMISSIONS';

/** One version of an account's policy; versions are never changed or deleted. */
export type PolicyVersion = Node & {
  /** Whether this is the version in force. */
  active: Scalars['Boolean']['output'];
  /** Who wrote it; null for the shipped default or a preset set by the system. */
  author?: Maybe<User>;
  /** When it was stored. */
  createdAt: Scalars['Time']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Which policy. */
  kind: PolicyKind;
  /** The Rego source (Rego v1). */
  source: Scalars['String']['output'];
  /** 1, 2, 3 … per account and kind; activatePolicyVersion takes it. */
  version: Scalars['Int']['output'];
};

/** One pool's license counts. */
export type PoolCounts = {
  /** Licenses of the pool held by a device (ACTIVE or ASSIGNED). */
  assigned: Scalars['Int']['output'];
  /** Licenses in the pool. */
  total: Scalars['Int']['output'];
  /** Free licenses of the pool. */
  unassigned: Scalars['Int']['output'];
};

/** The entry points for reading. */
export type Query = {
  /** The viewer's own account (null for SUPPORT). Needs account.read (ADMIN; devices:read): FORBIDDEN without it. */
  account?: Maybe<Account>;
  /** The account requests, oldest first. SUPPORT only (accountrequest.read): FORBIDDEN for others. */
  accountRequests: Array<AccountRequest>;
  /** Every account, oldest first, a page at a time. SUPPORT only (account.list): FORBIDDEN for others; BAD_USER_INPUT for a bad first or after. */
  accounts: AccountConnection;
  /** Dry run: evaluate the active policy, or `source` if given, on `input`, changing nothing. Returns the decision: for FLOATING the value of `decision`; for PERMISSIONS `{allow, deny}`. Needs policy.read (with source: policy.update); POLICY_INVALID when source does not compile; BAD_USER_INPUT when input is not an object. */
  evaluatePolicy: Scalars['JSON']['output'];
  /** The floating strategy presets SUPPORT can choose per account. */
  floatingPresets: Array<FloatingPreset>;
  /** The account's license events, oldest first, filtered. Needs event.read (ADMIN; events:read), or SUPPORT with accountId. BAD_USER_INPUT for a bad first, after or window. */
  licenseEvents: LicenseEventConnection;
  /** The viewer: the user of the session or, for an API token, null. UNAUTHENTICATED without a session. */
  me?: Maybe<User>;
  /** The object with this ID, if the viewer may see it; else null with NOT_FOUND (whether or not it exists elsewhere). UNAUTHENTICATED without a session. */
  node?: Maybe<Node>;
  /**
   * The objects with these IDs, in the order asked: each is what node(id:) answers for it. An
   * ID the viewer may not see (another account's, or of nothing) is null with a NOT_FOUND
   * error at its index (path nodes.i). More than 100 IDs is BAD_USER_INPUT; without a
   * session UNAUTHENTICATED.
   */
  nodes: Array<Maybe<Node>>;
  /** Which of `actions` the viewer's policies allow, answered in one request and in the order asked (at most 64): on the object `objectId` (any ID `node` resolves for the viewer), or without it on the viewer's own account. A frontend hides or disables what is denied; it never re-implements a rule. */
  viewerPermissions: Array<ActionPermission>;
};


/** The entry points for reading. */
export type QueryAccountRequestsArgs = {
  status?: InputMaybe<AccountRequestStatus>;
};


/** The entry points for reading. */
export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points for reading. */
export type QueryEvaluatePolicyArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  input: Scalars['JSON']['input'];
  kind: PolicyKind;
  source?: InputMaybe<Scalars['String']['input']>;
};


/** The entry points for reading. */
export type QueryLicenseEventsArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  deviceId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Time']['input']>;
  to?: InputMaybe<Scalars['Time']['input']>;
  types?: InputMaybe<Array<LicenseEventType>>;
};


/** The entry points for reading. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for reading. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** The entry points for reading. */
export type QueryViewerPermissionsArgs = {
  actions: Array<Scalars['String']['input']>;
  objectId?: InputMaybe<Scalars['ID']['input']>;
};

/** A renewal; omitted counts stay as they are. */
export type RenewAccountInput = {
  /** The new expiration date of every license of the account. */
  expiresAt: Scalars['Time']['input'];
  /** The new number of FLOATING licenses. */
  floatingLicenses?: InputMaybe<Scalars['Int']['input']>;
  /** When a count shrinks below the licenses in use: the devices that give theirs up. Without it such a renewal is refused. */
  releaseDeviceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The new number of STANDARD licenses. */
  standardLicenses?: InputMaybe<Scalars['Int']['input']>;
};

/** What a user is; a role is fixed when the user is created. */
export type Role =
  /** The account's one administrator (its email is the Account Email): may do everything inside its own account. */
  | 'ADMIN'
  /** A user the admin created: what it may do is decided by the account's PERMISSIONS policy from its permission strings. */
  | 'OPERATOR'
  /** The vendor's own staff: creates and renews accounts, answers account requests, sees every account. */
  | 'SUPPORT';

/** Live events over WebSocket (graphql-transport-ws). */
export type Subscription = {
  /** The viewer's account's license events, in order. With `after`, missed events are replayed first, then live ones follow; none is skipped. SUPPORT passes accountId. Needs event.read (ADMIN; events:read); a subscriber too far behind is ended with RATE_LIMITED and resumes with after. */
  licenseEvents: LicenseEvent;
};


/** Live events over WebSocket (graphql-transport-ws). */
export type SubscriptionLicenseEventsArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a user; omitted fields stay as they are. */
export type UpdateUserInput = {
  /** Your current password: needed, and checked, when you change your own password (your other sessions and subscriptions then end). */
  currentPassword?: InputMaybe<Scalars['String']['input']>;
  /** true: the user can no longer log in and its sessions end; false: enabled again. */
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** New notes (at most 10,000 characters). */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** A new password: at least 10 characters; changing your own needs currentPassword. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** The full new list of permission strings (replaces the old). */
  permissions?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Changes to a webhook; omitted fields stay as they are. */
export type UpdateWebhookInput = {
  /** false pauses deliveries; true resumes them. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** The event types to deliver; empty: all. */
  eventTypes?: InputMaybe<Array<LicenseEventType>>;
  /** A new signing secret (16 to 256 characters). */
  secret?: InputMaybe<Scalars['String']['input']>;
  /** A new URL (rules as CreateWebhookInput.url). */
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

/**
 * A person who logs in: SUPPORT, an account's ADMIN, or an OPERATOR. Readable by itself, by
 * users with user.read in its account (ADMIN; users:manage), and by SUPPORT.
 */
export type User = Node & {
  /** The user's account; null for SUPPORT. */
  account?: Maybe<Account>;
  /** When the user was created. */
  createdAt: Scalars['Time']['output'];
  /** The devices this user was the last to use, by code. Needs device.read (devices:read or licenses:manage) on them. */
  devices: Array<Device>;
  /** A disabled user cannot log in, and its sessions and tokens stop working. */
  disabled: Scalars['Boolean']['output'];
  /** The login email (unique across the service, compared without case). */
  email: Scalars['String']['output'];
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The user's last successful login; null before the first. */
  lastLoginAt?: Maybe<Scalars['Time']['output']>;
  /** The admin's free-text notes about the user (at most 10,000 characters); null when none. */
  notes?: Maybe<Scalars['String']['output']>;
  /** The permission strings the admin gave this user (for OPERATOR; ADMIN and SUPPORT hold all): the PERMISSIONS policy gives them meaning. */
  permissions: Array<Scalars['String']['output']>;
  /** SUPPORT, ADMIN or OPERATOR. */
  role: Role;
};

/** A page of users. */
export type UserConnection = {
  /** The page's users with their cursors. */
  edges: Array<UserEdge>;
  /** Where the page stands. */
  pageInfo: PageInfo;
  /** Users in the whole list (every page). */
  totalCount: Scalars['Int']['output'];
};

/** A user in a page. */
export type UserEdge = {
  /** Pass as after to continue after this user. */
  cursor: Scalars['String']['output'];
  /** The user. */
  node: User;
};

/**
 * An HTTPS (or HTTP) endpoint that receives the account's license events as signed POSTs.
 * Readable and managed with webhook.manage (ADMIN, SUPPORT, or as the account's policy grants).
 */
export type Webhook = Node & {
  /** Whether events are delivered to it now (updateWebhook switches it). */
  active: Scalars['Boolean']['output'];
  /** When it was registered. */
  createdAt: Scalars['Time']['output'];
  /**
   * Its most recent deliveries, newest first.
   * @deprecated Use deliveryConnection.
   */
  deliveries: Array<WebhookDelivery>;
  /** Its deliveries, newest first, a page at a time. Needs webhook.manage: FORBIDDEN without it; BAD_USER_INPUT for a bad first or after. */
  deliveryConnection: WebhookDeliveryConnection;
  /** Event types delivered; empty means all. */
  eventTypes: Array<LicenseEventType>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The endpoint events are POSTed to. */
  url: Scalars['String']['output'];
};


/**
 * An HTTPS (or HTTP) endpoint that receives the account's license events as signed POSTs.
 * Readable and managed with webhook.manage (ADMIN, SUPPORT, or as the account's policy grants).
 */
export type WebhookDeliveriesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An HTTPS (or HTTP) endpoint that receives the account's license events as signed POSTs.
 * Readable and managed with webhook.manage (ADMIN, SUPPORT, or as the account's policy grants).
 */
export type WebhookDeliveryConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of webhooks. */
export type WebhookConnection = {
  /** The page's webhooks with their cursors. */
  edges: Array<WebhookEdge>;
  /** Where the page stands. */
  pageInfo: PageInfo;
  /** Webhooks in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One license event sent (or to be sent) to one webhook, with its retries. */
export type WebhookDelivery = Node & {
  /** Attempts made so far: a failed one is retried after 10 s, 20 s, 40 s … up to an hour apart; after 10 the delivery is FAILED. */
  attempts: Scalars['Int']['output'];
  /** When the delivery was queued. */
  createdAt: Scalars['Time']['output'];
  /** When the endpoint accepted it; null until then. */
  deliveredAt?: Maybe<Scalars['Time']['output']>;
  /** The event delivered. */
  event: LicenseEvent;
  /** Opaque global ID; also sent to the endpoint, so a receiver can drop duplicates. */
  id: Scalars['ID']['output'];
  /** Why the last attempt failed, in words; null when it did not. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the last attempt; null before the first or when no answer came. */
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** When the next attempt is due (PENDING); null otherwise. */
  nextAttemptAt?: Maybe<Scalars['Time']['output']>;
  /** Where the delivery stands. */
  status: WebhookDeliveryStatus;
};

/** A page of webhook deliveries. */
export type WebhookDeliveryConnection = {
  /** The page's deliveries with their cursors. */
  edges: Array<WebhookDeliveryEdge>;
  /** Where the page stands. */
  pageInfo: PageInfo;
  /** Deliveries of the webhook in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A webhook delivery in a page. */
export type WebhookDeliveryEdge = {
  /** Pass as after to continue after this delivery. */
  cursor: Scalars['String']['output'];
  /** The delivery. */
  node: WebhookDelivery;
};

/** Where a webhook delivery stands. */
export type WebhookDeliveryStatus =
  /** The endpoint answered 2xx within 10 seconds. */
  | 'DELIVERED'
  /** Every attempt failed; redeliverWebhookDelivery sends it again. */
  | 'FAILED'
  /** Not delivered yet: waiting for its next attempt (nextAttemptAt). */
  | 'PENDING';

/** A webhook in a page. */
export type WebhookEdge = {
  /** Pass as after to continue after this webhook. */
  cursor: Scalars['String']['output'];
  /** The webhook. */
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
    webhookConnection(first: 20) {
      edges {
        node {
          id
          url
          eventTypes
          active
          createdAt
          deliveryConnection(first: 10) {
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