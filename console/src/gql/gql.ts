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
    "\n  query RecentEvents($types: [LicenseEventType!], $deviceId: ID, $after: String) {\n    licenseEvents(first: 100, after: $after, types: $types, deviceId: $deviceId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          cursor\n          sequence\n          type\n          occurredAt\n          pool\n          reason\n          userEmail\n          actorEmail\n          device {\n            id\n            code\n            name\n          }\n          previousDevice {\n            id\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.RecentEventsDocument,
    "\n  fragment AccountOverview on Account {\n    id\n    name\n    email\n    type\n    expiresAt\n    licensePool {\n      total\n      assigned\n      unassigned\n      expiresAt\n      standard {\n        total\n        assigned\n        unassigned\n      }\n      floating {\n        total\n        assigned\n        unassigned\n      }\n    }\n    settings {\n      operatorContactEmail\n      operatorContactPhone\n      floatingIdleMinutes\n    }\n  }\n": typeof types.AccountOverviewFragmentDoc,
    "\n  query OwnOverview {\n    account {\n      ...AccountOverview\n    }\n  }\n": typeof types.OwnOverviewDocument,
    "\n  query AnyOverview($id: ID!) {\n    node(id: $id) {\n      ... on Account {\n        ...AccountOverview\n      }\n    }\n  }\n": typeof types.AnyOverviewDocument,
    "\n  query PolicyPage($kind: PolicyKind!) {\n    account {\n      id\n      type\n      licensePool {\n        standard {\n          total\n          unassigned\n        }\n        floating {\n          total\n          unassigned\n        }\n      }\n      settings {\n        floatingIdleMinutes\n        floatingPriorityPermission\n      }\n      policy(kind: $kind) {\n        kind\n        active {\n          id\n          version\n          source\n        }\n        versions {\n          id\n          version\n          source\n          active\n          createdAt\n          author {\n            id\n            email\n          }\n        }\n      }\n      users(first: 100) {\n        edges {\n          node {\n            id\n            email\n            role\n            permissions\n            disabled\n          }\n        }\n      }\n      devices(first: 100) {\n        edges {\n          node {\n            id\n            code\n            name\n            inactive\n            licenseStatus\n            lastSeenAt\n            license {\n              pool\n            }\n            lastUser {\n              email\n              permissions\n            }\n          }\n        }\n      }\n    }\n    floatingPresets {\n      name\n      description\n      source\n    }\n  }\n": typeof types.PolicyPageDocument,
    "\n  mutation UpdatePolicy($kind: PolicyKind!, $source: String!) {\n    updatePolicy(kind: $kind, source: $source) {\n      id\n      version\n    }\n  }\n": typeof types.UpdatePolicyDocument,
    "\n  mutation ActivatePolicyVersion($kind: PolicyKind!, $version: Int!) {\n    activatePolicyVersion(kind: $kind, version: $version) {\n      id\n      version\n    }\n  }\n": typeof types.ActivatePolicyVersionDocument,
    "\n  query EvaluatePolicy($kind: PolicyKind!, $input: JSON!, $source: String) {\n    evaluatePolicy(kind: $kind, input: $input, source: $source)\n  }\n": typeof types.EvaluatePolicyDocument,
    "\n  query SettingsPage {\n    account {\n      id\n      type\n      settings {\n        operatorContactEmail\n        operatorContactPhone\n        floatingIdleMinutes\n      }\n      webhookConnection(first: 20) {\n        edges {\n          node {\n            id\n            url\n            eventTypes\n            active\n            createdAt\n            deliveryConnection(first: 10) {\n              edges {\n                node {\n                  id\n                  status\n                  attempts\n                  lastStatusCode\n                  lastError\n                  nextAttemptAt\n                  deliveredAt\n                  createdAt\n                  event {\n                    id\n                    type\n                    sequence\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SettingsPageDocument,
    "\n  mutation UpdateSettings($input: AccountSettingsInput!) {\n    updateAccountSettings(input: $input) {\n      id\n      settings {\n        operatorContactEmail\n        operatorContactPhone\n        floatingIdleMinutes\n      }\n    }\n  }\n": typeof types.UpdateSettingsDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateWebhookDocument,
    "\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n      active\n    }\n  }\n": typeof types.UpdateWebhookDocument,
    "\n  mutation RedeliverWebhookDelivery($id: ID!) {\n    redeliverWebhookDelivery(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RedeliverWebhookDeliveryDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": typeof types.DeleteWebhookDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        role\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query AccountsList($after: String) {\n    accounts(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          type\n          expiresAt\n          licensePool {\n            total\n            assigned\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccountsListDocument,
    "\n  query AccountRequests {\n    accountRequests(status: PENDING) {\n      id\n      companyName\n      contactEmail\n      contactName\n      accountType\n      standardLicenses\n      floatingLicenses\n      workflow\n      createdAt\n    }\n    floatingPresets {\n      preset\n      name\n      description\n    }\n  }\n": typeof types.AccountRequestsDocument,
    "\n  mutation ApproveAccountRequest($id: ID!, $input: ApproveAccountRequestInput!) {\n    approveAccountRequest(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.ApproveAccountRequestDocument,
    "\n  mutation RejectAccountRequest($id: ID!, $reason: String) {\n    rejectAccountRequest(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RejectAccountRequestDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  mutation RenewAccount($id: ID!, $input: RenewAccountInput!) {\n    renewAccount(accountId: $id, input: $input) {\n      id\n      expiresAt\n    }\n  }\n": typeof types.RenewAccountDocument,
    "\n  query AccountUsage($id: ID!, $from: Time!, $to: Time!, $bucket: UsageBucket!, $weekFrom: Time!) {\n    node(id: $id) {\n      ... on Account {\n        id\n        usage(from: $from, to: $to, bucket: $bucket) {\n          peakHeld\n          peakHeldAt\n          peakDemand\n          points {\n            start\n            peakHeld\n            peakStandard\n            peakFloating\n            peakDemand\n            activeDevices\n            denials\n            reclaims\n            releases\n          }\n        }\n        week: usage(from: $weekFrom, to: $to, bucket: DAY) {\n          points {\n            denials\n            reclaims\n          }\n        }\n        licensingRecommendation(from: $from, to: $to) {\n          standard\n          floating\n          projectedDenials\n          currentCost\n          recommendedCost\n          explanation\n        }\n      }\n    }\n  }\n": typeof types.AccountUsageDocument,
    "\n  query Users($after: String) {\n    account {\n      id\n      knownPermissions\n      users(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            email\n            role\n            permissions\n            notes\n            disabled\n            createdAt\n            lastLoginAt\n          }\n        }\n      }\n      apiTokenConnection(first: 100) {\n        edges {\n          node {\n            id\n            name\n            permissions\n            createdAt\n            lastUsedAt\n            revokedAt\n            createdBy {\n              id\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      disabled\n      permissions\n      notes\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n": typeof types.DeleteUserDocument,
    "\n  mutation CreateApiToken($name: String!, $permissions: [String!]!) {\n    createApiToken(name: $name, permissions: $permissions) {\n      token\n      name\n      permissions\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
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
    "\n  query RecentEvents($types: [LicenseEventType!], $deviceId: ID, $after: String) {\n    licenseEvents(first: 100, after: $after, types: $types, deviceId: $deviceId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          cursor\n          sequence\n          type\n          occurredAt\n          pool\n          reason\n          userEmail\n          actorEmail\n          device {\n            id\n            code\n            name\n          }\n          previousDevice {\n            id\n            code\n          }\n        }\n      }\n    }\n  }\n": types.RecentEventsDocument,
    "\n  fragment AccountOverview on Account {\n    id\n    name\n    email\n    type\n    expiresAt\n    licensePool {\n      total\n      assigned\n      unassigned\n      expiresAt\n      standard {\n        total\n        assigned\n        unassigned\n      }\n      floating {\n        total\n        assigned\n        unassigned\n      }\n    }\n    settings {\n      operatorContactEmail\n      operatorContactPhone\n      floatingIdleMinutes\n    }\n  }\n": types.AccountOverviewFragmentDoc,
    "\n  query OwnOverview {\n    account {\n      ...AccountOverview\n    }\n  }\n": types.OwnOverviewDocument,
    "\n  query AnyOverview($id: ID!) {\n    node(id: $id) {\n      ... on Account {\n        ...AccountOverview\n      }\n    }\n  }\n": types.AnyOverviewDocument,
    "\n  query PolicyPage($kind: PolicyKind!) {\n    account {\n      id\n      type\n      licensePool {\n        standard {\n          total\n          unassigned\n        }\n        floating {\n          total\n          unassigned\n        }\n      }\n      settings {\n        floatingIdleMinutes\n        floatingPriorityPermission\n      }\n      policy(kind: $kind) {\n        kind\n        active {\n          id\n          version\n          source\n        }\n        versions {\n          id\n          version\n          source\n          active\n          createdAt\n          author {\n            id\n            email\n          }\n        }\n      }\n      users(first: 100) {\n        edges {\n          node {\n            id\n            email\n            role\n            permissions\n            disabled\n          }\n        }\n      }\n      devices(first: 100) {\n        edges {\n          node {\n            id\n            code\n            name\n            inactive\n            licenseStatus\n            lastSeenAt\n            license {\n              pool\n            }\n            lastUser {\n              email\n              permissions\n            }\n          }\n        }\n      }\n    }\n    floatingPresets {\n      name\n      description\n      source\n    }\n  }\n": types.PolicyPageDocument,
    "\n  mutation UpdatePolicy($kind: PolicyKind!, $source: String!) {\n    updatePolicy(kind: $kind, source: $source) {\n      id\n      version\n    }\n  }\n": types.UpdatePolicyDocument,
    "\n  mutation ActivatePolicyVersion($kind: PolicyKind!, $version: Int!) {\n    activatePolicyVersion(kind: $kind, version: $version) {\n      id\n      version\n    }\n  }\n": types.ActivatePolicyVersionDocument,
    "\n  query EvaluatePolicy($kind: PolicyKind!, $input: JSON!, $source: String) {\n    evaluatePolicy(kind: $kind, input: $input, source: $source)\n  }\n": types.EvaluatePolicyDocument,
    "\n  query SettingsPage {\n    account {\n      id\n      type\n      settings {\n        operatorContactEmail\n        operatorContactPhone\n        floatingIdleMinutes\n      }\n      webhookConnection(first: 20) {\n        edges {\n          node {\n            id\n            url\n            eventTypes\n            active\n            createdAt\n            deliveryConnection(first: 10) {\n              edges {\n                node {\n                  id\n                  status\n                  attempts\n                  lastStatusCode\n                  lastError\n                  nextAttemptAt\n                  deliveredAt\n                  createdAt\n                  event {\n                    id\n                    type\n                    sequence\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SettingsPageDocument,
    "\n  mutation UpdateSettings($input: AccountSettingsInput!) {\n    updateAccountSettings(input: $input) {\n      id\n      settings {\n        operatorContactEmail\n        operatorContactPhone\n        floatingIdleMinutes\n      }\n    }\n  }\n": types.UpdateSettingsDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      id\n    }\n  }\n": types.CreateWebhookDocument,
    "\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n      active\n    }\n  }\n": types.UpdateWebhookDocument,
    "\n  mutation RedeliverWebhookDelivery($id: ID!) {\n    redeliverWebhookDelivery(id: $id) {\n      id\n      status\n    }\n  }\n": types.RedeliverWebhookDeliveryDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": types.DeleteWebhookDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        role\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query AccountsList($after: String) {\n    accounts(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          type\n          expiresAt\n          licensePool {\n            total\n            assigned\n          }\n        }\n      }\n    }\n  }\n": types.AccountsListDocument,
    "\n  query AccountRequests {\n    accountRequests(status: PENDING) {\n      id\n      companyName\n      contactEmail\n      contactName\n      accountType\n      standardLicenses\n      floatingLicenses\n      workflow\n      createdAt\n    }\n    floatingPresets {\n      preset\n      name\n      description\n    }\n  }\n": types.AccountRequestsDocument,
    "\n  mutation ApproveAccountRequest($id: ID!, $input: ApproveAccountRequestInput!) {\n    approveAccountRequest(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.ApproveAccountRequestDocument,
    "\n  mutation RejectAccountRequest($id: ID!, $reason: String) {\n    rejectAccountRequest(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RejectAccountRequestDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateAccountDocument,
    "\n  mutation RenewAccount($id: ID!, $input: RenewAccountInput!) {\n    renewAccount(accountId: $id, input: $input) {\n      id\n      expiresAt\n    }\n  }\n": types.RenewAccountDocument,
    "\n  query AccountUsage($id: ID!, $from: Time!, $to: Time!, $bucket: UsageBucket!, $weekFrom: Time!) {\n    node(id: $id) {\n      ... on Account {\n        id\n        usage(from: $from, to: $to, bucket: $bucket) {\n          peakHeld\n          peakHeldAt\n          peakDemand\n          points {\n            start\n            peakHeld\n            peakStandard\n            peakFloating\n            peakDemand\n            activeDevices\n            denials\n            reclaims\n            releases\n          }\n        }\n        week: usage(from: $weekFrom, to: $to, bucket: DAY) {\n          points {\n            denials\n            reclaims\n          }\n        }\n        licensingRecommendation(from: $from, to: $to) {\n          standard\n          floating\n          projectedDenials\n          currentCost\n          recommendedCost\n          explanation\n        }\n      }\n    }\n  }\n": types.AccountUsageDocument,
    "\n  query Users($after: String) {\n    account {\n      id\n      knownPermissions\n      users(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            email\n            role\n            permissions\n            notes\n            disabled\n            createdAt\n            lastLoginAt\n          }\n        }\n      }\n      apiTokenConnection(first: 100) {\n        edges {\n          node {\n            id\n            name\n            permissions\n            createdAt\n            lastUsedAt\n            revokedAt\n            createdBy {\n              id\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      disabled\n      permissions\n      notes\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n": types.DeleteUserDocument,
    "\n  mutation CreateApiToken($name: String!, $permissions: [String!]!) {\n    createApiToken(name: $name, permissions: $permissions) {\n      token\n      name\n      permissions\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiTokenDocument,
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
export function graphql(source: "\n  query RecentEvents($types: [LicenseEventType!], $deviceId: ID, $after: String) {\n    licenseEvents(first: 100, after: $after, types: $types, deviceId: $deviceId) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          cursor\n          sequence\n          type\n          occurredAt\n          pool\n          reason\n          userEmail\n          actorEmail\n          device {\n            id\n            code\n            name\n          }\n          previousDevice {\n            id\n            code\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RecentEventsDocument;
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
export function graphql(source: "\n  query PolicyPage($kind: PolicyKind!) {\n    account {\n      id\n      type\n      licensePool {\n        standard {\n          total\n          unassigned\n        }\n        floating {\n          total\n          unassigned\n        }\n      }\n      settings {\n        floatingIdleMinutes\n        floatingPriorityPermission\n      }\n      policy(kind: $kind) {\n        kind\n        active {\n          id\n          version\n          source\n        }\n        versions {\n          id\n          version\n          source\n          active\n          createdAt\n          author {\n            id\n            email\n          }\n        }\n      }\n      users(first: 100) {\n        edges {\n          node {\n            id\n            email\n            role\n            permissions\n            disabled\n          }\n        }\n      }\n      devices(first: 100) {\n        edges {\n          node {\n            id\n            code\n            name\n            inactive\n            licenseStatus\n            lastSeenAt\n            license {\n              pool\n            }\n            lastUser {\n              email\n              permissions\n            }\n          }\n        }\n      }\n    }\n    floatingPresets {\n      name\n      description\n      source\n    }\n  }\n"): typeof import('./graphql').PolicyPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePolicy($kind: PolicyKind!, $source: String!) {\n    updatePolicy(kind: $kind, source: $source) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdatePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivatePolicyVersion($kind: PolicyKind!, $version: Int!) {\n    activatePolicyVersion(kind: $kind, version: $version) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ActivatePolicyVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluatePolicy($kind: PolicyKind!, $input: JSON!, $source: String) {\n    evaluatePolicy(kind: $kind, input: $input, source: $source)\n  }\n"): typeof import('./graphql').EvaluatePolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsPage {\n    account {\n      id\n      type\n      settings {\n        operatorContactEmail\n        operatorContactPhone\n        floatingIdleMinutes\n      }\n      webhookConnection(first: 20) {\n        edges {\n          node {\n            id\n            url\n            eventTypes\n            active\n            createdAt\n            deliveryConnection(first: 10) {\n              edges {\n                node {\n                  id\n                  status\n                  attempts\n                  lastStatusCode\n                  lastError\n                  nextAttemptAt\n                  deliveredAt\n                  createdAt\n                  event {\n                    id\n                    type\n                    sequence\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SettingsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSettings($input: AccountSettingsInput!) {\n    updateAccountSettings(input: $input) {\n      id\n      settings {\n        operatorContactEmail\n        operatorContactPhone\n        floatingIdleMinutes\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhook($id: ID!, $input: UpdateWebhookInput!) {\n    updateWebhook(id: $id, input: $input) {\n      id\n      active\n    }\n  }\n"): typeof import('./graphql').UpdateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverWebhookDelivery($id: ID!) {\n    redeliverWebhookDelivery(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RedeliverWebhookDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"): typeof import('./graphql').DeleteWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsList($after: String) {\n    accounts(first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          type\n          expiresAt\n          licensePool {\n            total\n            assigned\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AccountsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountRequests {\n    accountRequests(status: PENDING) {\n      id\n      companyName\n      contactEmail\n      contactName\n      accountType\n      standardLicenses\n      floatingLicenses\n      workflow\n      createdAt\n    }\n    floatingPresets {\n      preset\n      name\n      description\n    }\n  }\n"): typeof import('./graphql').AccountRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveAccountRequest($id: ID!, $input: ApproveAccountRequestInput!) {\n    approveAccountRequest(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ApproveAccountRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectAccountRequest($id: ID!, $reason: String) {\n    rejectAccountRequest(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RejectAccountRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewAccount($id: ID!, $input: RenewAccountInput!) {\n    renewAccount(accountId: $id, input: $input) {\n      id\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').RenewAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountUsage($id: ID!, $from: Time!, $to: Time!, $bucket: UsageBucket!, $weekFrom: Time!) {\n    node(id: $id) {\n      ... on Account {\n        id\n        usage(from: $from, to: $to, bucket: $bucket) {\n          peakHeld\n          peakHeldAt\n          peakDemand\n          points {\n            start\n            peakHeld\n            peakStandard\n            peakFloating\n            peakDemand\n            activeDevices\n            denials\n            reclaims\n            releases\n          }\n        }\n        week: usage(from: $weekFrom, to: $to, bucket: DAY) {\n          points {\n            denials\n            reclaims\n          }\n        }\n        licensingRecommendation(from: $from, to: $to) {\n          standard\n          floating\n          projectedDenials\n          currentCost\n          recommendedCost\n          explanation\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AccountUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($after: String) {\n    account {\n      id\n      knownPermissions\n      users(first: 100, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            email\n            role\n            permissions\n            notes\n            disabled\n            createdAt\n            lastLoginAt\n          }\n        }\n      }\n      apiTokenConnection(first: 100) {\n        edges {\n          node {\n            id\n            name\n            permissions\n            createdAt\n            lastUsedAt\n            revokedAt\n            createdBy {\n              id\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      email\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      disabled\n      permissions\n      notes\n    }\n  }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n"): typeof import('./graphql').DeleteUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($name: String!, $permissions: [String!]!) {\n    createApiToken(name: $name, permissions: $permissions) {\n      token\n      name\n      permissions\n    }\n  }\n"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer($actions: [String!]!) {\n    me {\n      id\n      email\n      role\n      permissions\n      account {\n        id\n        name\n      }\n    }\n    viewerPermissions(actions: $actions) {\n      action\n      allowed\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
