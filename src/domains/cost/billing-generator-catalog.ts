/**
 * What the billing generator (billing-generator.ts) draws from: the three providers' billing accounts,
 * sub-accounts per environment, services with their FOCUS ServiceCategory, regions and the shape of their
 * resource ids. Names and id formats follow the providers' own FOCUS exports.
 */

export type ProviderKey = 'aws' | 'azure' | 'gcp';
export type Env = 'prod' | 'staging' | 'dev' | 'test' | 'shared';

export interface ProviderDef {
  key: ProviderKey;
  name: string;
  billingAccountId: string;
  billingAccountName: string;
  billingAccountType: string;
  subAccountType: string;
  invoicePrefix: string;
  regions: readonly (readonly [id: string, name: string, zone: string])[];
  /** Share of the resources on this provider. */
  share: number;
}

export const PROVIDERS: readonly ProviderDef[] = [
  {
    key: 'aws',
    name: 'AWS',
    billingAccountId: '210987654321',
    billingAccountName: 'Acme Corp (management account)',
    billingAccountType: 'Management Account',
    subAccountType: 'Linked Account',
    invoicePrefix: 'EUINIE',
    regions: [
      ['eu-west-1', 'Europe (Ireland)', 'eu-west-1a'],
      ['eu-central-1', 'Europe (Frankfurt)', 'eu-central-1b'],
      ['us-east-1', 'US East (N. Virginia)', 'us-east-1c'],
    ],
    share: 0.6,
  },
  {
    key: 'azure',
    name: 'Microsoft',
    billingAccountId: '7c3f2a91-5b0e-4d6c-9a18-2f4e8b1d6c03:1e9b7a54-3c2d-4f8e-a6b1-0d5c9e2f7a48_2019-05-31',
    billingAccountName: 'Acme Corp',
    billingAccountType: 'Billing Account',
    subAccountType: 'Subscription',
    invoicePrefix: 'G0',
    regions: [
      ['westeurope', 'West Europe', '1'],
      ['northeurope', 'North Europe', '2'],
    ],
    share: 0.2,
  },
  {
    key: 'gcp',
    name: 'Google Cloud',
    billingAccountId: '01A2B3-C4D5E6-F7A8B9',
    billingAccountName: 'Acme Corp billing',
    billingAccountType: 'Billing Account',
    subAccountType: 'Project',
    invoicePrefix: '5',
    regions: [
      ['europe-west1', 'Belgium', 'europe-west1-b'],
      ['us-central1', 'Iowa', 'us-central1-a'],
    ],
    share: 0.2,
  },
];

/** How a service's resource ids look: filled in by the generator from the account, region and a name. */
export type IdStyle =
  | 'ec2'
  | 'arn-rds'
  | 'arn-lambda'
  | 'arn-eks'
  | 'arn-elasticache'
  | 'arn-dynamodb'
  | 'arn-elb'
  | 'nat'
  | 's3'
  | 'azure'
  | 'gcp';

export interface ServiceDef {
  provider: ProviderKey;
  name: string;
  category: string;
  subcategory: string;
  resourceType: string;
  /** Azure: the resource provider path; GCP: the API host and collection. */
  path?: string;
  idStyle: IdStyle;
  unit: string;
  /** Typical daily consumed quantity, and typical daily list cost in micro-units of USD. */
  quantity: number;
  dailyMicros: number;
  sku: string;
  weight: number;
  /** Runs on the shared Kubernetes/networking account rather than a team's. */
  shared?: boolean;
  /** Compute a commitment discount can cover. */
  committable?: boolean;
}

const s = (d: ServiceDef) => d;

// biome-ignore format: one service a line reads as the table it is.
export const SERVICES: readonly ServiceDef[] = [
  s({ provider: 'aws', name: 'Amazon Elastic Compute Cloud', category: 'Compute', subcategory: 'Virtual Machines', resourceType: 'Instance', idStyle: 'ec2', unit: 'Hrs', quantity: 24, dailyMicros: 9_800_000, sku: 'JRTCKXETXF', weight: 5, committable: true }),
  s({ provider: 'aws', name: 'Amazon Relational Database Service', category: 'Databases', subcategory: 'Relational Databases', resourceType: 'DBInstance', idStyle: 'arn-rds', unit: 'Hrs', quantity: 24, dailyMicros: 14_400_000, sku: 'QG5G45WKDWDDHTFV', weight: 3 }),
  s({ provider: 'aws', name: 'Amazon Simple Storage Service', category: 'Storage', subcategory: 'Object Storage', resourceType: 'Bucket', idStyle: 's3', unit: 'GB-Mo', quantity: 41.5, dailyMicros: 1_900_000, sku: 'WP9ANXZGBYYSGJEA', weight: 3 }),
  s({ provider: 'aws', name: 'AWS Lambda', category: 'Compute', subcategory: 'Serverless Compute', resourceType: 'Function', idStyle: 'arn-lambda', unit: 'Lambda-GB-Second', quantity: 52000, dailyMicros: 870_000, sku: 'TG3M4CAGBA3NYQBH', weight: 2 }),
  s({ provider: 'aws', name: 'Amazon ElastiCache', category: 'Databases', subcategory: 'Caching', resourceType: 'Cluster', idStyle: 'arn-elasticache', unit: 'NodeUsage:cache.m6g.large', quantity: 24, dailyMicros: 3_550_000, sku: 'XWQ7RBT2VJ8A9D4N', weight: 1 }),
  s({ provider: 'aws', name: 'Amazon DynamoDB', category: 'Databases', subcategory: 'NoSQL Databases', resourceType: 'Table', idStyle: 'arn-dynamodb', unit: 'WriteCapacityUnit-Hrs', quantity: 240, dailyMicros: 2_100_000, sku: 'R6PXMNYCEDGZ2EYN', weight: 1 }),
  s({ provider: 'aws', name: 'Amazon Elastic Kubernetes Service', category: 'Compute', subcategory: 'Containers', resourceType: 'Cluster', idStyle: 'arn-eks', unit: 'Hours', quantity: 24, dailyMicros: 2_400_000, sku: 'HDA9N7ZJWKQ3P2FV', weight: 1, shared: true }),
  s({ provider: 'aws', name: 'Amazon Virtual Private Cloud', category: 'Networking', subcategory: 'Network Infrastructure', resourceType: 'NatGateway', idStyle: 'nat', unit: 'Hrs', quantity: 24, dailyMicros: 1_080_000, sku: 'B4G6KQ6Y5EUWZ6QA', weight: 1, shared: true }),
  s({ provider: 'aws', name: 'AWS Data Transfer', category: 'Networking', subcategory: 'Network Connectivity', resourceType: 'DataTransfer', idStyle: 'nat', unit: 'GB', quantity: 310, dailyMicros: 6_200_000, sku: 'AQ2GRU4WNMS6XT8C', weight: 1, shared: true }),
  s({ provider: 'aws', name: 'Elastic Load Balancing', category: 'Networking', subcategory: 'Load Balancing', resourceType: 'LoadBalancer', idStyle: 'arn-elb', unit: 'LCU-Hrs', quantity: 24, dailyMicros: 650_000, sku: 'Z6UZPZ9VZR2CHV6B', weight: 1 }),
  s({ provider: 'azure', name: 'Virtual Machines', category: 'Compute', subcategory: 'Virtual Machines', resourceType: 'Virtual machine', idStyle: 'azure', path: 'Microsoft.Compute/virtualMachines', unit: '1 Hour', quantity: 24, dailyMicros: 8_900_000, sku: 'DZH318Z0BQ4L', weight: 4, committable: true }),
  s({ provider: 'azure', name: 'Azure SQL Database', category: 'Databases', subcategory: 'Relational Databases', resourceType: 'SQL database', idStyle: 'azure', path: 'Microsoft.Sql/servers/sql-acme/databases', unit: '1 vCore Hour', quantity: 48, dailyMicros: 11_200_000, sku: 'DZH318Z0BQ5D', weight: 2 }),
  s({ provider: 'azure', name: 'Storage', category: 'Storage', subcategory: 'Object Storage', resourceType: 'Storage account', idStyle: 'azure', path: 'Microsoft.Storage/storageAccounts', unit: '1 GB/Month', quantity: 35, dailyMicros: 1_300_000, sku: 'DZH318Z0BNVX', weight: 2 }),
  s({ provider: 'azure', name: 'Azure Cosmos DB', category: 'Databases', subcategory: 'NoSQL Databases', resourceType: 'Azure Cosmos DB account', idStyle: 'azure', path: 'Microsoft.DocumentDB/databaseAccounts', unit: '100 RU/s Hours', quantity: 96, dailyMicros: 2_300_000, sku: 'DZH318Z0BQ7G', weight: 1 }),
  s({ provider: 'azure', name: 'Azure Kubernetes Service', category: 'Compute', subcategory: 'Containers', resourceType: 'Kubernetes service', idStyle: 'azure', path: 'Microsoft.ContainerService/managedClusters', unit: '1 Hour', quantity: 24, dailyMicros: 2_400_000, sku: 'DZH318Z0BP04', weight: 1, shared: true }),
  s({ provider: 'azure', name: 'Bandwidth', category: 'Networking', subcategory: 'Network Connectivity', resourceType: 'Virtual network', idStyle: 'azure', path: 'Microsoft.Network/virtualNetworks', unit: '1 GB', quantity: 180, dailyMicros: 3_100_000, sku: 'DZH318Z0BNZH', weight: 1, shared: true }),
  s({ provider: 'gcp', name: 'Compute Engine', category: 'Compute', subcategory: 'Virtual Machines', resourceType: 'Instance', idStyle: 'gcp', path: 'compute.googleapis.com/projects/{p}/zones/{z}/instances', unit: 'hour', quantity: 24, dailyMicros: 7_600_000, sku: '2E27-4F75-95CD', weight: 4, committable: true }),
  s({ provider: 'gcp', name: 'Cloud SQL', category: 'Databases', subcategory: 'Relational Databases', resourceType: 'Instance', idStyle: 'gcp', path: 'cloudsql.googleapis.com/projects/{p}/instances', unit: 'hour', quantity: 24, dailyMicros: 9_100_000, sku: '9E3D-4A1B-7C2F', weight: 2 }),
  s({ provider: 'gcp', name: 'Cloud Storage', category: 'Storage', subcategory: 'Object Storage', resourceType: 'Bucket', idStyle: 'gcp', path: 'storage.googleapis.com/projects/_/buckets', unit: 'gibibyte month', quantity: 50, dailyMicros: 1_100_000, sku: 'E5F0-6A5D-7BAD', weight: 2 }),
  s({ provider: 'gcp', name: 'BigQuery', category: 'Analytics', subcategory: 'Data Processing', resourceType: 'Dataset', idStyle: 'gcp', path: 'bigquery.googleapis.com/projects/{p}/datasets', unit: 'tebibyte', quantity: 0.8, dailyMicros: 5_000_000, sku: '3362-E469-6BEF', weight: 1 }),
  s({ provider: 'gcp', name: 'Kubernetes Engine', category: 'Compute', subcategory: 'Containers', resourceType: 'Cluster', idStyle: 'gcp', path: 'container.googleapis.com/projects/{p}/locations/{z}/clusters', unit: 'hour', quantity: 24, dailyMicros: 2_400_000, sku: 'CF4E-A0C7-E3BF', weight: 1, shared: true }),
  s({ provider: 'gcp', name: 'Networking', category: 'Networking', subcategory: 'Network Connectivity', resourceType: 'Network', idStyle: 'gcp', path: 'compute.googleapis.com/projects/{p}/global/networks', unit: 'gibibyte', quantity: 220, dailyMicros: 2_600_000, sku: '9DE9-9092-B3BC', weight: 1, shared: true }),
];

/** Commitment discounts: one per provider, covering part of its production compute. */
export const COMMITMENTS: Record<
  ProviderKey,
  { id: string; name: string; category: 'Spend' | 'Usage'; type: string; rate: number }
> = {
  aws: {
    id: 'arn:aws:savingsplans::210987654321:savingsplan/3f1e7a2c-9b4d-4c8e-a1f6-5d2b8c0e7a91',
    name: 'Compute Savings Plan, 1 year, no upfront',
    category: 'Spend',
    type: 'Savings Plan',
    rate: 0.72,
  },
  azure: {
    id: '/providers/Microsoft.Capacity/reservationOrders/5a9c1e3f-7b2d-4e8a-9c6f-1d3b5a7e9c2f/reservations/8e2b4d6f-1a3c-4e5b-9d7f-2c4a6e8b0d1f',
    name: 'VM RI - Dsv5 - 1 year',
    category: 'Usage',
    type: 'Reservation',
    rate: 0.64,
  },
  gcp: {
    id: 'projects/acme-shared-net/regions/europe-west1/commitments/cud-n2-1y',
    name: 'n2 commitment, 1 year',
    category: 'Usage',
    type: 'Committed Use Discount',
    rate: 0.63,
  },
};

/** Tag spellings seen in real bills: the allocation rules normalize them (`Payments-Team` -> payments). */
export const TEAM_KEYS = [
  ['team', 0.55],
  ['Team', 0.2],
  ['team_name', 0.15],
  ['owner-team', 0.1],
] as const;
export const ENV_KEYS = [
  ['env', 0.6],
  ['environment', 0.25],
  ['Environment', 0.15],
] as const;
export const ENV_VALUES: Record<Exclude<Env, 'shared'>, readonly string[]> = {
  prod: ['prod', 'production', 'Prod'],
  staging: ['staging', 'stage'],
  dev: ['dev', 'development'],
  test: ['test', 'qa'],
};
