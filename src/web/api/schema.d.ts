// Generated from /api/openapi.json by `npm run api:types`. Do not edit by hand.
/* biome-ignore-all format: generated */
/* biome-ignore-all lint: generated */
export interface paths {
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This OpenAPI 3.1 document */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit log entries, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Prefix, e.g. `auth.` or `auth.user.create` */
                    action?: string;
                    actorUserId?: number;
                    /** @description Page backwards from this id */
                    beforeId?: number;
                    limit?: number;
                    targetId?: string;
                    targetType?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actor: string;
                                actorUserId: number | null;
                                at: string;
                                details: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                id: number;
                                ip: string | null;
                                requestId: string | null;
                                targetId: string | null;
                                targetType: string | null;
                            }[];
                            nextBeforeId: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recompute the hash chain and report the first altered row, if any */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            brokenAt?: {
                                id: number;
                                reason: string;
                            };
                            checked: number;
                            lastId: number | null;
                            ok: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Send as x-csrf-token on changes made with the session cookie */
                            csrfToken: string | null;
                            expiresAt: string | null;
                            user: {
                                createdAt: string;
                                disabled: boolean;
                                email: string;
                                grants: ("compensation" | "finance" | "security")[];
                                id: number;
                                name: string;
                                personId: number | null;
                                /** @enum {string} */
                                role: "admin" | "executive" | "manager" | "member";
                                sso: boolean;
                            };
                            /** @enum {string} */
                            via: "session" | "token";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the current session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Send as x-csrf-token on changes made with the session cookie */
                            csrfToken: string | null;
                            expiresAt: string | null;
                            user: {
                                createdAt: string;
                                disabled: boolean;
                                email: string;
                                grants: ("compensation" | "finance" | "security")[];
                                id: number;
                                name: string;
                                personId: number | null;
                                /** @enum {string} */
                                role: "admin" | "executive" | "manager" | "member";
                                sso: boolean;
                            };
                            /** @enum {string} */
                            via: "session" | "token";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Single sign-on callback: signs in and redirects (302) to the page the sign-in started from */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    error?: string;
                    error_description?: string;
                    iss?: string;
                    state?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start single sign-on: redirects (302) to the OpenID Connect provider */
        get: {
            parameters: {
                query?: {
                    /** @description Same-site relative path to open after signing in (anything else means `/`) */
                    returnTo?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your open sessions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                authMethod: "password" | "oidc";
                                createdAt: string;
                                current: boolean;
                                expiresAt: string;
                                id: number;
                                ip: string | null;
                                lastSeenAt: string;
                                userAgent: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your sessions */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/ai": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** AI-assisted changes and pull requests, and the DORA and flow figures split by AI assistance */
        get: {
            parameters: {
                query?: {
                    /** @description Trend step */
                    bucket?: "week" | "month";
                    /** @description First day, YYYY-MM-DD (default: 90 days before `to`) */
                    from?: string;
                    /** @description A person (visible to them and their manager chain) */
                    personId?: number;
                    /** @description A repository */
                    repositoryId?: number;
                    /** @description A service (catalog component) */
                    serviceId?: number;
                    /** @description A team and every team below it (services it owns; its people’s pull requests) */
                    teamId?: number;
                    /** @description Last day, YYYY-MM-DD, included (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changeFailureRate: {
                                ai: {
                                    failed: number;
                                    rate: number | null;
                                    total: number;
                                };
                                other: {
                                    failed: number;
                                    rate: number | null;
                                    total: number;
                                };
                            };
                            changes: {
                                aiAssisted: number;
                                share: number | null;
                                total: number;
                            };
                            leadTime: {
                                ai: {
                                    count: number;
                                    medianMs: number | null;
                                };
                                other: {
                                    count: number;
                                    medianMs: number | null;
                                };
                            };
                            pullRequests: {
                                ai: {
                                    cycleMedianMs: number | null;
                                    merged: number;
                                    reviewCoverage: number | null;
                                    reviewMedianMs: number | null;
                                    sizeMedian: number | null;
                                };
                                aiAssisted: number;
                                other: {
                                    cycleMedianMs: number | null;
                                    merged: number;
                                    reviewCoverage: number | null;
                                    reviewMedianMs: number | null;
                                    sizeMedian: number | null;
                                };
                                total: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/deployments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deployments of a scope and range, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Trend step */
                    bucket?: "week" | "month";
                    environment?: "production" | "staging" | "testing" | "development" | "other";
                    /** @description First day, YYYY-MM-DD (default: 90 days before `to`) */
                    from?: string;
                    limit?: number;
                    offset?: number;
                    /** @description A person (visible to them and their manager chain) */
                    personId?: number;
                    /** @description A repository */
                    repositoryId?: number;
                    /** @description A service (catalog component) */
                    serviceId?: number;
                    /** @description Deployment status, pull request state or incident status */
                    status?: string;
                    /** @description A team and every team below it (services it owns; its people’s pull requests) */
                    teamId?: number;
                    /** @description Last day, YYYY-MM-DD, included (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                changes: number;
                                createdAt: string;
                                environment: string;
                                environmentName: string;
                                externalId: string;
                                finishedAt: string | null;
                                id: number;
                                incidents: number;
                                name: string | null;
                                repository: {
                                    id: number;
                                    name: string;
                                } | null;
                                rework: boolean | null;
                                service: {
                                    id: number;
                                    name: string;
                                } | null;
                                sha: string | null;
                                source: string;
                                status: string;
                                url: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record deployments (one object or a list, fields of the generic format; docs/import-formats.md) */
        post: {
            parameters: {
                query?: {
                    /** @description Names the sender (`jenkins`, `pagerduty`); with the id, the key of each item */
                    source?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    } | {
                        [key: string]: unknown;
                    }[];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                [key: string]: number;
                            };
                            summary: string;
                            warnings: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/dora": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** DORA metrics with performance levels and a trend (definitions: docs/metrics.md#delivery) */
        get: {
            parameters: {
                query?: {
                    /** @description Trend step */
                    bucket?: "week" | "month";
                    /** @description First day, YYYY-MM-DD (default: 90 days before `to`) */
                    from?: string;
                    /** @description A person (visible to them and their manager chain) */
                    personId?: number;
                    /** @description A repository */
                    repositoryId?: number;
                    /** @description A service (catalog component) */
                    serviceId?: number;
                    /** @description A team and every team below it (services it owns; its people’s pull requests) */
                    teamId?: number;
                    /** @description Last day, YYYY-MM-DD, included (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            bucket: "week" | "month";
                            changeFailureRate: {
                                failed: number;
                                level: ("elite" | "high" | "medium" | "low") | null;
                                rate: number | null;
                                total: number;
                            };
                            deploymentFrequency: {
                                category: string | null;
                                count: number;
                                level: ("elite" | "high" | "medium" | "low") | null;
                                medianDeployDaysPerWeek: number | null;
                                perDay: number;
                                perWeek: number;
                                weeks: number;
                            };
                            leadTime: {
                                count: number;
                                excludedFirstDeployment: number;
                                excludedMergeCommits: number;
                                excludedNegative: number;
                                level: ("elite" | "high" | "medium" | "low") | null;
                                medianMs: number | null;
                                p75Ms: number | null;
                                p90Ms: number | null;
                            };
                            levels: {
                                source: string;
                                url: string;
                                year: number;
                            };
                            range: {
                                from: string;
                                to: string;
                            };
                            recoveryTime: {
                                count: number;
                                level: ("elite" | "high" | "medium" | "low") | null;
                                medianMs: number | null;
                                p75Ms: number | null;
                                p90Ms: number | null;
                                unresolved: number;
                            };
                            reworkRate: {
                                rate: number | null;
                                rework: number;
                                total: number;
                            };
                            trend: {
                                changeFailureRate: number | null;
                                deployments: number;
                                end: string;
                                label: string;
                                leadTimeMedianMs: number | null;
                                partial: boolean;
                                recoveryMedianMs: number | null;
                                reworkRate: number | null;
                                start: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/dora/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deployments, changes and incidents behind one DORA figure */
        get: {
            parameters: {
                query: {
                    /** @description Trend step */
                    bucket?: "week" | "month";
                    /** @description First day, YYYY-MM-DD (default: 90 days before `to`) */
                    from?: string;
                    limit?: number;
                    metric: "deployment-frequency" | "lead-time" | "change-failure-rate" | "recovery-time" | "rework-rate";
                    offset?: number;
                    /** @description A person (visible to them and their manager chain) */
                    personId?: number;
                    /** @description A repository */
                    repositoryId?: number;
                    /** @description A service (catalog component) */
                    serviceId?: number;
                    /** @description A team and every team below it (services it owns; its people’s pull requests) */
                    teamId?: number;
                    /** @description Last day, YYYY-MM-DD, included (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            commits: {
                                author: string | null;
                                authoredAt: string;
                                deployedAt: string | null;
                                deploymentId: number | null;
                                id: number;
                                leadTimeMs: number | null;
                                repository: string;
                                sha: string;
                                subject: string;
                            }[];
                            deployments: {
                                changes: number;
                                createdAt: string;
                                environment: string;
                                environmentName: string;
                                externalId: string;
                                finishedAt: string | null;
                                id: number;
                                incidents: number;
                                name: string | null;
                                repository: {
                                    id: number;
                                    name: string;
                                } | null;
                                rework: boolean | null;
                                service: {
                                    id: number;
                                    name: string;
                                } | null;
                                sha: string | null;
                                source: string;
                                status: string;
                                url: string | null;
                            }[];
                            incidents: {
                                attribution: string | null;
                                deploymentId: number | null;
                                externalId: string;
                                id: number;
                                resolvedAt: string | null;
                                service: {
                                    id: number;
                                    name: string;
                                } | null;
                                severity: string | null;
                                source: string;
                                startedAt: string;
                                status: string;
                                title: string;
                                url: string | null;
                            }[];
                            metric: string;
                            pullRequests: {
                                additions: number | null;
                                aiAssisted: boolean;
                                author: string | null;
                                createdAt: string;
                                cycleMs?: number | null;
                                deletions: number | null;
                                deployedAt: string | null;
                                id: number;
                                labels: string[];
                                mergedAt: string | null;
                                number: number;
                                repository: string;
                                reviews: number;
                                state: string;
                                title: string;
                                url: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/dora/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The DORA figures of each sub-team of a team (or of every team), each counting the services it owns */
        get: {
            parameters: {
                query?: {
                    /** @description First day, YYYY-MM-DD (default: 90 days before `to`) */
                    from?: string;
                    /** @description A team and every team below it (services it owns; its people’s pull requests) */
                    teamId?: number;
                    /** @description Last day, YYYY-MM-DD, included (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                changeFailureRate: number | null;
                                changeFailureRateLevel: string | null;
                                deploymentFrequencyLevel: string | null;
                                deployments: number;
                                deploymentsPerWeek: number;
                                leadTimeLevel: string | null;
                                leadTimeMedianMs: number | null;
                                name: string;
                                recoveryMedianMs: number | null;
                                recoveryTimeLevel: string | null;
                                reworkRate: number | null;
                                services: number;
                                teamId: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/flow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pull-request flow: cycle time and its parts, size, first review, review coverage, work in progress */
        get: {
            parameters: {
                query?: {
                    /** @description Trend step */
                    bucket?: "week" | "month";
                    /** @description First day, YYYY-MM-DD (default: 90 days before `to`) */
                    from?: string;
                    /** @description A person (visible to them and their manager chain) */
                    personId?: number;
                    /** @description A repository */
                    repositoryId?: number;
                    /** @description A service (catalog component) */
                    serviceId?: number;
                    /** @description A team and every team below it (services it owns; its people’s pull requests) */
                    teamId?: number;
                    /** @description Last day, YYYY-MM-DD, included (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            anomalies: number;
                            coding: {
                                count: number;
                                medianMs: number | null;
                                p75Ms: number | null;
                                p90Ms: number | null;
                            };
                            cycleTime: {
                                count: number;
                                medianMs: number | null;
                                p75Ms: number | null;
                                p90Ms: number | null;
                            };
                            deploy: {
                                count: number;
                                medianMs: number | null;
                                p75Ms: number | null;
                                p90Ms: number | null;
                            };
                            merged: number;
                            notDeployed: number;
                            pickup: {
                                count: number;
                                medianMs: number | null;
                                p75Ms: number | null;
                                p90Ms: number | null;
                            };
                            range: {
                                from: string;
                                to: string;
                            };
                            review: {
                                count: number;
                                medianMs: number | null;
                                p75Ms: number | null;
                                p90Ms: number | null;
                            };
                            reviewCoverage: {
                                covered: number;
                                rate: number | null;
                                uncovered: number;
                            };
                            size: {
                                buckets: {
                                    [key: string]: number;
                                };
                                count: number;
                                median: number | null;
                                unknown: number;
                            };
                            timeToFirstReview: {
                                count: number;
                                medianMs: number | null;
                                neverReviewed: number;
                                p75Ms: number | null;
                                p90Ms: number | null;
                                waiting: number;
                            };
                            trend: {
                                codingMedianMs: number | null;
                                cycleMedianMs: number | null;
                                deployMedianMs: number | null;
                                end: string;
                                label: string;
                                merged: number;
                                partial: boolean;
                                pickupMedianMs: number | null;
                                reviewCoverage: number | null;
                                reviewMedianMs: number | null;
                                start: string;
                            }[];
                            workInProgress: {
                                averageOpen: number;
                                openAtEnd: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/flow/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pull requests behind one flow figure */
        get: {
            parameters: {
                query: {
                    /** @description Trend step */
                    bucket?: "week" | "month";
                    /** @description First day, YYYY-MM-DD (default: 90 days before `to`) */
                    from?: string;
                    limit?: number;
                    metric: "cycle-time" | "coding" | "pickup" | "review" | "deploy" | "not-deployed" | "anomalies" | "size" | "time-to-first-review" | "review-coverage" | "work-in-progress";
                    offset?: number;
                    /** @description A person (visible to them and their manager chain) */
                    personId?: number;
                    /** @description A repository */
                    repositoryId?: number;
                    /** @description A service (catalog component) */
                    serviceId?: number;
                    /** @description A team and every team below it (services it owns; its people’s pull requests) */
                    teamId?: number;
                    /** @description Last day, YYYY-MM-DD, included (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            commits: {
                                author: string | null;
                                authoredAt: string;
                                deployedAt: string | null;
                                deploymentId: number | null;
                                id: number;
                                leadTimeMs: number | null;
                                repository: string;
                                sha: string;
                                subject: string;
                            }[];
                            deployments: {
                                changes: number;
                                createdAt: string;
                                environment: string;
                                environmentName: string;
                                externalId: string;
                                finishedAt: string | null;
                                id: number;
                                incidents: number;
                                name: string | null;
                                repository: {
                                    id: number;
                                    name: string;
                                } | null;
                                rework: boolean | null;
                                service: {
                                    id: number;
                                    name: string;
                                } | null;
                                sha: string | null;
                                source: string;
                                status: string;
                                url: string | null;
                            }[];
                            incidents: {
                                attribution: string | null;
                                deploymentId: number | null;
                                externalId: string;
                                id: number;
                                resolvedAt: string | null;
                                service: {
                                    id: number;
                                    name: string;
                                } | null;
                                severity: string | null;
                                source: string;
                                startedAt: string;
                                status: string;
                                title: string;
                                url: string | null;
                            }[];
                            metric: string;
                            pullRequests: {
                                additions: number | null;
                                aiAssisted: boolean;
                                author: string | null;
                                createdAt: string;
                                cycleMs?: number | null;
                                deletions: number | null;
                                deployedAt: string | null;
                                id: number;
                                labels: string[];
                                mergedAt: string | null;
                                number: number;
                                repository: string;
                                reviews: number;
                                state: string;
                                title: string;
                                url: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/generic-schema": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The JSON Schema of the generic delivery import format (one record per JSON line) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Incidents started in a range, newest first, with the deployment they are attributed to */
        get: {
            parameters: {
                query?: {
                    /** @description Trend step */
                    bucket?: "week" | "month";
                    environment?: "production" | "staging" | "testing" | "development" | "other";
                    /** @description First day, YYYY-MM-DD (default: 90 days before `to`) */
                    from?: string;
                    limit?: number;
                    offset?: number;
                    /** @description A person (visible to them and their manager chain) */
                    personId?: number;
                    /** @description A repository */
                    repositoryId?: number;
                    /** @description A service (catalog component) */
                    serviceId?: number;
                    /** @description Deployment status, pull request state or incident status */
                    status?: string;
                    /** @description A team and every team below it (services it owns; its people’s pull requests) */
                    teamId?: number;
                    /** @description Last day, YYYY-MM-DD, included (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attribution: string | null;
                                deploymentId: number | null;
                                externalId: string;
                                id: number;
                                resolvedAt: string | null;
                                service: {
                                    id: number;
                                    name: string;
                                } | null;
                                severity: string | null;
                                source: string;
                                startedAt: string;
                                status: string;
                                title: string;
                                url: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record incidents (one object or a list, fields of the generic format; docs/import-formats.md) */
        post: {
            parameters: {
                query?: {
                    /** @description Names the sender (`jenkins`, `pagerduty`); with the id, the key of each item */
                    source?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    } | {
                        [key: string]: unknown;
                    }[];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                [key: string]: number;
                            };
                            summary: string;
                            warnings: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/investment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Share of merged pull requests (and direct commits) per investment category, with the items */
        get: {
            parameters: {
                query?: {
                    /** @description Trend step */
                    bucket?: "week" | "month";
                    category?: "new" | "maintenance" | "bug" | "toil" | "unclassified";
                    /** @description First day, YYYY-MM-DD (default: 90 days before `to`) */
                    from?: string;
                    limit?: number;
                    offset?: number;
                    /** @description A person (visible to them and their manager chain) */
                    personId?: number;
                    /** @description A repository */
                    repositoryId?: number;
                    /** @description A service (catalog component) */
                    serviceId?: number;
                    /** @description A team and every team below it (services it owns; its people’s pull requests) */
                    teamId?: number;
                    /** @description Last day, YYYY-MM-DD, included (default: today) */
                    to?: string;
                    weight?: "items" | "lines";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            categories: {
                                category: string;
                                count: number;
                                share: number | null;
                                weight: number;
                            }[];
                            directCommits: number;
                            items: {
                                category: string;
                                id: number;
                                /** @enum {string} */
                                kind: "pull-request" | "commit";
                                labels: string[];
                                rule: string | null;
                                title: string;
                            }[];
                            pullRequests: number;
                            rulesAreDefault: boolean;
                            total: number;
                            /** @enum {string} */
                            weight: "items" | "lines";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/investment-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rules that classify work into investment categories (the first match by position wins) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            isDefault: boolean;
                            rules: {
                                /** @enum {string} */
                                category: "new" | "maintenance" | "bug" | "toil";
                                /** @enum {string} */
                                kind: "label" | "commit-type" | "title" | "issue-label";
                                /** @description Case-insensitive glob; * matches anything */
                                pattern: string;
                                position: number;
                            }[];
                        };
                    };
                };
            };
        };
        /** Replace the investment rules (an empty list restores the defaults) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rules: {
                            /** @enum {string} */
                            category: "new" | "maintenance" | "bug" | "toil";
                            /** @enum {string} */
                            kind: "label" | "commit-type" | "title" | "issue-label";
                            /** @description Case-insensitive glob; * matches anything */
                            pattern: string;
                            position: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            isDefault: boolean;
                            rules: {
                                /** @enum {string} */
                                category: "new" | "maintenance" | "bug" | "toil";
                                /** @enum {string} */
                                kind: "label" | "commit-type" | "title" | "issue-label";
                                /** @description Case-insensitive glob; * matches anything */
                                pattern: string;
                                position: number;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/pull-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pull requests opened in a range, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Trend step */
                    bucket?: "week" | "month";
                    environment?: "production" | "staging" | "testing" | "development" | "other";
                    /** @description First day, YYYY-MM-DD (default: 90 days before `to`) */
                    from?: string;
                    limit?: number;
                    offset?: number;
                    /** @description A person (visible to them and their manager chain) */
                    personId?: number;
                    /** @description A repository */
                    repositoryId?: number;
                    /** @description A service (catalog component) */
                    serviceId?: number;
                    /** @description Deployment status, pull request state or incident status */
                    status?: string;
                    /** @description A team and every team below it (services it owns; its people’s pull requests) */
                    teamId?: number;
                    /** @description Last day, YYYY-MM-DD, included (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                additions: number | null;
                                aiAssisted: boolean;
                                author: string | null;
                                createdAt: string;
                                cycleMs?: number | null;
                                deletions: number | null;
                                deployedAt: string | null;
                                id: number;
                                labels: string[];
                                mergedAt: string | null;
                                number: number;
                                repository: string;
                                reviews: number;
                                state: string;
                                title: string;
                                url: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What delivery data was collected, when, and what is missing */
        get: {
            parameters: {
                query?: {
                    days?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            days: number;
                            gaps: {
                                [key: string]: number;
                            };
                            repositories: {
                                commits: number;
                                commitsWithoutStats: number;
                                deployments: number;
                                firstCommit: string | null;
                                gitPath: string | null;
                                id: number;
                                lastCommit: string | null;
                                lastDeployment: string | null;
                                lastPullRequest: string | null;
                                lastSyncedAt: string | null;
                                name: string;
                                pullRequests: number;
                            }[];
                            sources: {
                                count: number;
                                kind: string;
                                last: string | null;
                                source: string;
                            }[];
                            webhooks: {
                                count: number;
                                last: string | null;
                                outcome: string;
                                source: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery targets the scorecard compares with */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Change failure rate at most this share */
                            changeFailureRate: number;
                            /** @description At least this many production deployments per week */
                            deploymentsPerWeek: number;
                            /** @description Median lead time for changes at most this many hours */
                            leadTimeHours: number;
                            /** @description At least this share of merged pull requests approved by someone else */
                            reviewCoverage: number;
                            /** @description Deployment rework rate at most this share */
                            reworkRate: number;
                        };
                    };
                };
            };
        };
        /** Set the delivery targets */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Change failure rate at most this share */
                        changeFailureRate: number;
                        /** @description At least this many production deployments per week */
                        deploymentsPerWeek: number;
                        /** @description Median lead time for changes at most this many hours */
                        leadTimeHours: number;
                        /** @description At least this share of merged pull requests approved by someone else */
                        reviewCoverage: number;
                        /** @description Deployment rework rate at most this share */
                        reworkRate: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Change failure rate at most this share */
                            changeFailureRate: number;
                            /** @description At least this many production deployments per week */
                            deploymentsPerWeek: number;
                            /** @description Median lead time for changes at most this many hours */
                            leadTimeHours: number;
                            /** @description At least this share of merged pull requests approved by someone else */
                            reviewCoverage: number;
                            /** @description Deployment rework rate at most this share */
                            reworkRate: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/webhooks/devlake/deployments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A deployment in the shape of Apache DevLake’s webhook (deploymentCommits, or the flat older form) */
        post: {
            parameters: {
                query?: {
                    /** @description The catalog component the payload is about, when it does not say */
                    service?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": unknown;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                [key: string]: number;
                            };
                            summary: string;
                            warnings: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/webhooks/devlake/issue/{issueKey}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve an incident sent through the DevLake issue webhook */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    issueKey: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                [key: string]: number;
                            };
                            summary: string;
                            warnings: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/webhooks/devlake/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An issue in the shape of Apache DevLake’s webhook; type INCIDENT becomes an incident */
        post: {
            parameters: {
                query?: {
                    /** @description The catalog component the payload is about, when it does not say */
                    service?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": unknown;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                [key: string]: number;
                            };
                            summary: string;
                            warnings: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/delivery/webhooks/github": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** GitHub webhook deliveries, verified by X-Hub-Signature-256 and applied once per X-GitHub-Delivery */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            outcome: "applied" | "ignored" | "duplicate";
                            summary: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The importers and their options */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                description: string;
                                input: string;
                                kind: string;
                                options: {
                                    description: string;
                                    flag: boolean;
                                    name: string;
                                }[];
                                upload: {
                                    contentTypes: string[];
                                    extension: string;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an uploaded file (all or nothing), or preview it with ?preview=true
         * @description Send the file as the raw request body (text/csv, application/yaml or application/octet-stream). Errors answer 422 `import-rejected` naming file, row or entity, and field.
         */
        post: {
            parameters: {
                query?: {
                    /** @description The uploaded file’s name, for messages */
                    filename?: string;
                    /** @description Check and report only; write nothing */
                    preview?: "true" | "false";
                };
                header?: never;
                path: {
                    kind: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                [key: string]: number;
                            };
                            issues: {
                                entity?: string;
                                field?: string;
                                file: string;
                                message: string;
                                row?: number;
                                /** @enum {string} */
                                severity: "error" | "warning";
                            }[];
                            jobId: number | null;
                            summary: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/job-schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cron schedules that start jobs (UTC) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description UTC; 5 fields, or 6 with seconds first */
                                cron: string;
                                enabled: boolean;
                                kind: string;
                                lastJobId: number | null;
                                lastRunAt: string | null;
                                name: string;
                                nextRunAt: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jobs, newest first (admins and executives: everyone’s; others: their own) */
        get: {
            parameters: {
                query?: {
                    /** @description Page backwards from this id */
                    beforeId?: number;
                    /** @description Admins and executives only */
                    createdBy?: number;
                    kind?: string;
                    limit?: number;
                    state?: "queued" | "running" | "succeeded" | "failed" | "cancelled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attempts: number;
                                cancelRequested: boolean;
                                createdAt: string;
                                createdBy: number | null;
                                finishedAt: string | null;
                                id: number;
                                kind: string;
                                lastError: string | null;
                                /** @description The worker running the job */
                                lockedBy: string | null;
                                /** @description When that worker’s lease runs out unless renewed */
                                lockedUntil: string | null;
                                maxAttempts: number;
                                payload: {
                                    [key: string]: unknown;
                                };
                                progress: {
                                    done: number;
                                    message: string | null;
                                    total: number | null;
                                };
                                result: {
                                    [key: string]: unknown;
                                } | null;
                                runAt: string;
                                scheduleName: string | null;
                                startedAt: string | null;
                                /** @enum {string} */
                                state: "queued" | "running" | "succeeded" | "failed" | "cancelled";
                                updatedAt: string;
                            }[];
                            nextBeforeId: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start a job of a registered kind (admins: maintenance such as `audit.verify`) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind: string;
                        /** @default {} */
                        payload?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            cancelRequested: boolean;
                            createdAt: string;
                            createdBy: number | null;
                            finishedAt: string | null;
                            id: number;
                            kind: string;
                            lastError: string | null;
                            /** @description The worker running the job */
                            lockedBy: string | null;
                            /** @description When that worker’s lease runs out unless renewed */
                            lockedUntil: string | null;
                            maxAttempts: number;
                            payload: {
                                [key: string]: unknown;
                            };
                            progress: {
                                done: number;
                                message: string | null;
                                total: number | null;
                            };
                            result: {
                                [key: string]: unknown;
                            } | null;
                            runAt: string;
                            scheduleName: string | null;
                            startedAt: string | null;
                            /** @enum {string} */
                            state: "queued" | "running" | "succeeded" | "failed" | "cancelled";
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One job with its progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            cancelRequested: boolean;
                            createdAt: string;
                            createdBy: number | null;
                            finishedAt: string | null;
                            id: number;
                            kind: string;
                            lastError: string | null;
                            /** @description The worker running the job */
                            lockedBy: string | null;
                            /** @description When that worker’s lease runs out unless renewed */
                            lockedUntil: string | null;
                            maxAttempts: number;
                            payload: {
                                [key: string]: unknown;
                            };
                            progress: {
                                done: number;
                                message: string | null;
                                total: number | null;
                            };
                            result: {
                                [key: string]: unknown;
                            } | null;
                            runAt: string;
                            scheduleName: string | null;
                            startedAt: string | null;
                            /** @enum {string} */
                            state: "queued" | "running" | "succeeded" | "failed" | "cancelled";
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a job (its creator or an admin): queued ends at once, running at its next heartbeat */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            cancelRequested: boolean;
                            createdAt: string;
                            createdBy: number | null;
                            finishedAt: string | null;
                            id: number;
                            kind: string;
                            lastError: string | null;
                            /** @description The worker running the job */
                            lockedBy: string | null;
                            /** @description When that worker’s lease runs out unless renewed */
                            lockedUntil: string | null;
                            maxAttempts: number;
                            payload: {
                                [key: string]: unknown;
                            };
                            progress: {
                                done: number;
                                message: string | null;
                                total: number | null;
                            };
                            result: {
                                [key: string]: unknown;
                            } | null;
                            runAt: string;
                            scheduleName: string | null;
                            startedAt: string | null;
                            /** @enum {string} */
                            state: "queued" | "running" | "succeeded" | "failed" | "cancelled";
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-sent events: `progress` (the job) whenever it changes, then `done` when it ends */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An event stream; each `data` is the job as in GET /api/v1/jobs/{id} */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A job’s log lines, oldest first */
        get: {
            parameters: {
                query?: {
                    /** @description Page forwards from this log id */
                    afterId?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                at: string;
                                id: number;
                                /** @enum {string} */
                                level: "info" | "warn" | "error";
                                message: string;
                            }[];
                            nextAfterId: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** About this installation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            backend: "pglite" | "postgres";
                            /** @description The installation holds the generated demo organization */
                            demo: boolean;
                            /** @enum {string} */
                            name: "Quarterdeck";
                            /** @description Single sign-on is configured */
                            sso: boolean;
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/chart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The org chart: everyone with their manager and primary team, today or on a past day */
        get: {
            parameters: {
                query?: {
                    /** @description Show the org as it was on this day (from the dated history) */
                    asOf?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string | null;
                            columns: string[];
                            rows: [
                                number,
                                string,
                                string | null,
                                number | null,
                                number | null,
                                string
                            ][];
                            teams: {
                                id: number;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Services and other catalog entities */
        get: {
            parameters: {
                query?: {
                    kind?: "component" | "system" | "api" | "resource" | "domain";
                    limit?: number;
                    offset?: number;
                    q?: string;
                    /** @description Owned by this team */
                    teamId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                description: string | null;
                                id: number;
                                /** @enum {string} */
                                kind: "component" | "system" | "api" | "resource" | "domain";
                                lifecycle: string | null;
                                name: string;
                                namespace: string;
                                ownerPersonId: number | null;
                                ownerPersonName: string | null;
                                ownerRef: string | null;
                                ownerTeamId: number | null;
                                ownerTeamName: string | null;
                                parentId: number | null;
                                tags: string[];
                                tier: string | null;
                                title: string | null;
                                type: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/entities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One catalog entity with its relations, repositories and CODEOWNERS */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            annotations: {
                                [key: string]: string;
                            };
                            description: string | null;
                            id: number;
                            /** @enum {string} */
                            kind: "component" | "system" | "api" | "resource" | "domain";
                            lifecycle: string | null;
                            links: {
                                title?: string;
                                url: string;
                            }[];
                            name: string;
                            namespace: string;
                            ownerPersonId: number | null;
                            ownerPersonName: string | null;
                            ownerRef: string | null;
                            ownerTeamId: number | null;
                            ownerTeamName: string | null;
                            parent: {
                                id: number;
                                kind: string;
                                name: string;
                            } | null;
                            parentId: number | null;
                            relations: {
                                /** @enum {string} */
                                direction: "in" | "out";
                                id: number;
                                kind: string;
                                name: string;
                                type: string;
                            }[];
                            repositories: {
                                codeowners: {
                                    file: string;
                                    line: number;
                                    owners: string[];
                                    pattern: string;
                                }[];
                                id: number;
                                name: string;
                                url: string | null;
                            }[];
                            tags: string[];
                            tier: string | null;
                            title: string | null;
                            type: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/export/catalog.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Teams, people and the service catalog as Backstage catalog YAML (re-importable) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/export/people.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everyone in the HR CSV format (re-importable with the hr-csv importer) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/hr-csv/columns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read a CSV’s header and propose which of its columns fill Quarterdeck’s HR columns
         * @description Send the CSV (or its first lines) as text/csv.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            columns: {
                                description: string;
                                example: string;
                                name: string;
                                required: boolean;
                            }[];
                            headers: string[];
                            suggested: {
                                [key: string]: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Identities; `status=unmatched` is the review queue */
        get: {
            parameters: {
                query?: {
                    kind?: "email" | "git" | "github" | "sso";
                    limit?: number;
                    offset?: number;
                    personId?: number;
                    q?: string;
                    status?: "unmatched" | "matched" | "ignored";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                displayName: string | null;
                                id: number;
                                ignored: boolean;
                                /** @enum {string} */
                                kind: "email" | "git" | "github" | "sso";
                                lastSeen: string;
                                method: string | null;
                                personId: number | null;
                                personName: string | null;
                                value: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/identities/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign (or merge) identities to a person in one undoable change */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        identityIds: number[];
                        personId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changeId: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/identities/ignore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take identities (bots, shared accounts) out of the review queue, undoably */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        identityIds: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changeId: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/identities/observe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record identities seen in a source; what matches automatically is matched, the rest queued */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            kind: "email" | "git" | "github" | "sso";
                            name?: string | null;
                            value: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            matched: number;
                            recorded: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/identity-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent assignments, merges and ignores, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                createdAt: string;
                                id: number;
                                identities: string | null;
                                personId: number | null;
                                personName: string | null;
                                undoneAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/identity-changes/{id}/undo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Undo an assignment, merge or ignore */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/insights/headcount": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Headcount, joiners and leavers per month, with trailing 12-month attrition */
        get: {
            parameters: {
                query?: {
                    /** @description First month, YYYY-MM (default: 23 months ago) */
                    from?: string;
                    /** @description A team and every team below it */
                    teamId?: number;
                    /** @description Last month, YYYY-MM (default: this month) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            months: {
                                attrition: {
                                    averageHeadcount: number;
                                    leavers: number;
                                    rate: number | null;
                                };
                                headcount: number;
                                joiners: number;
                                leavers: number;
                                month: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/insights/ownership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Services without a valid owner; repositories without CODEOWNERS */
        get: {
            parameters: {
                query?: {
                    /** @description A team and every team below it */
                    teamId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gaps: {
                                detail: string;
                                entityId: number;
                                kind: string;
                                lifecycle: string | null;
                                name: string;
                                ownerRef: string | null;
                                reason: string;
                            }[];
                            repositoriesWithoutCodeowners: {
                                entityId: number | null;
                                id: number;
                                name: string;
                            }[];
                            summary: {
                                codeownersShare: number | null;
                                components: number;
                                componentsWithValidOwner: number;
                                repositories: number;
                                repositoriesWithCodeowners: number;
                                validOwnerShare: number | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/insights/roles-coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Teams without an engineering manager or tech lead; managers to engineers; remote mix */
        get: {
            parameters: {
                query?: {
                    /** @description A team and every team below it */
                    teamId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            summary: {
                                activePeople: number;
                                engineers: number;
                                engineersPerManager: number | null;
                                managerAndTechLeadShare: number | null;
                                managers: number;
                                remoteShare: number | null;
                                teams: number;
                                teamsWithManagerAndTechLead: number;
                                withoutHomeTeam: number[];
                                workModes: {
                                    hybrid: number;
                                    office: number;
                                    remote: number;
                                    unknown: number;
                                };
                            };
                            teams: {
                                hasEngineeringManager: boolean;
                                hasTechLead: boolean;
                                headcount: number;
                                name: string;
                                parentId: number | null;
                                teamId: number;
                                workModes: {
                                    hybrid: number;
                                    office: number;
                                    remote: number;
                                    unknown: number;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/insights/span-of-control": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Direct reports and layers per manager; managers outside 4–8 flagged */
        get: {
            parameters: {
                query?: {
                    /** @description A team and every team below it */
                    teamId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            managers: {
                                directReports: number;
                                flag: ("narrow" | "wide") | null;
                                id: number;
                                layer: number | null;
                                name: string;
                                role: string;
                                title: string | null;
                                totalReports: number;
                            }[];
                            summary: {
                                activePeople: number;
                                cycles: number[][];
                                layers: number;
                                managerCount: number;
                                maxSpan: number;
                                medianSpan: number | null;
                                minSpan: number;
                                narrowManagers: number;
                                orphans: {
                                    id: number;
                                    managerId: number | null;
                                    reason: string;
                                    size: number;
                                }[];
                                wideManagers: number;
                                withinRangeShare: number | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The people directory
         * @description Directory fields for everyone; level, employment type and dates (`detail: true`) only for yourself, your reporting subtree (managers) or everyone (executives, admins).
         */
        get: {
            parameters: {
                query?: {
                    dir?: "asc" | "desc";
                    limit?: number;
                    offset?: number;
                    /** @description Search in name, email and title */
                    q?: string;
                    sort?: "name" | "email" | "title" | "level" | "location" | "status" | "startDate";
                    status?: "active" | "leaver";
                    teamId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                detail: boolean;
                                email: string;
                                employmentType: string | null;
                                endDate: string | null;
                                githubLogin: string | null;
                                id: number;
                                level: string | null;
                                location: string | null;
                                managerId: number | null;
                                managerName: string | null;
                                name: string;
                                role: string;
                                startDate: string | null;
                                status: string;
                                teamId: number | null;
                                teamName: string | null;
                                title: string | null;
                                workMode: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person: manager chain, reports, teams, what they own, tenure; history and identities as allowed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            detail: boolean;
                            email: string;
                            employmentType: string | null;
                            endDate: string | null;
                            githubLogin: string | null;
                            /** @description Dated versions; null when beyond what the caller may see */
                            history: {
                                level: string | null;
                                managerId: number | null;
                                managerName: string | null;
                                role: string;
                                source: string | null;
                                status: string;
                                teamId: number | null;
                                teamName: string | null;
                                title: string | null;
                                validFrom: string;
                                validTo: string | null;
                            }[] | null;
                            id: number;
                            identities: {
                                id: number;
                                kind: string;
                                method: string | null;
                                value: string;
                            }[] | null;
                            level: string | null;
                            location: string | null;
                            /** @description Managers, nearest first */
                            managerChain: {
                                id: number;
                                name: string;
                                title: string | null;
                            }[];
                            managerId: number | null;
                            managerName: string | null;
                            name: string;
                            /** @description Catalog entities owned by the person or their teams */
                            owns: {
                                id: number;
                                kind: string;
                                name: string;
                                title: string | null;
                                via: string;
                            }[];
                            /** @description Direct reports */
                            reports: {
                                id: number;
                                name: string;
                                status: string;
                                title: string | null;
                            }[];
                            role: string;
                            startDate: string | null;
                            status: string;
                            teamId: number | null;
                            teamName: string | null;
                            teams: {
                                id: number;
                                kind: string;
                                lead: boolean;
                                name: string;
                                primary: boolean;
                                slug: string;
                            }[];
                            tenureDays: number | null;
                            title: string | null;
                            workMode: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/people/{id}/subtree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everyone reporting (directly or not) to a person; managers see only their own subtree */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                detail: boolean;
                                email: string;
                                employmentType: string | null;
                                endDate: string | null;
                                githubLogin: string | null;
                                id: number;
                                level: string | null;
                                location: string | null;
                                managerId: number | null;
                                managerName: string | null;
                                name: string;
                                role: string;
                                startDate: string | null;
                                status: string;
                                teamId: number | null;
                                teamName: string | null;
                                title: string | null;
                                workMode: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/repositories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Repositories, the component each holds, and how many CODEOWNERS rules they have */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                codeownersRules: number;
                                entityId: number | null;
                                entityName: string | null;
                                id: number;
                                name: string;
                                url: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Departments, groups and teams (a tree through parentId) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                description: string | null;
                                id: number;
                                /** @enum {string} */
                                kind: "department" | "group" | "team";
                                leads: string | null;
                                /** @description Active members */
                                members: number;
                                name: string;
                                /** @description Catalog entities the team owns */
                                owns: number;
                                parentId: number | null;
                                slug: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A team: its place in the tree, members and what it owns */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            children: {
                                id: number;
                                kind: string;
                                name: string;
                            }[];
                            description: string | null;
                            entities: {
                                id: number;
                                kind: string;
                                lifecycle: string | null;
                                name: string;
                                title: string | null;
                            }[];
                            id: number;
                            /** @enum {string} */
                            kind: "department" | "group" | "team";
                            leads: string | null;
                            /** @description Active members */
                            members: number;
                            name: string;
                            /** @description Catalog entities the team owns */
                            owns: number;
                            parentId: number | null;
                            /** @description Parent teams, top first */
                            path: {
                                id: number;
                                name: string;
                            }[];
                            people: {
                                id: number;
                                lead: boolean;
                                name: string;
                                primary: boolean;
                                role: string;
                                title: string | null;
                            }[];
                            slug: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scorecard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The leadership scorecard: every check you may see, grouped under the questions leaders are judged by */
        get: {
            parameters: {
                query?: {
                    /** @description First day of the range (UTC, YYYY-MM-DD); default 90 days before `to` */
                    from?: string;
                    /** @description Scope to a team (checks that can be scoped say so) */
                    team?: number;
                    /** @description Last day of the range (UTC, YYYY-MM-DD); default today */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            groups: {
                                checks: {
                                    display: string | null;
                                    evidence: {
                                        href: string;
                                        label: string;
                                    } | null;
                                    explanation: string;
                                    id: string;
                                    noData: {
                                        action: string;
                                        reason: string;
                                    } | null;
                                    /** @enum {string} */
                                    status: "good" | "watch" | "bad" | "no-data";
                                    target: string | null;
                                    title: string;
                                    trend: {
                                        at: string;
                                        value: number;
                                    }[];
                                    unit: string | null;
                                    value: number | null;
                                }[];
                                description: string;
                                /** @enum {string} */
                                id: "vision" | "delivery" | "reliability" | "security" | "cost" | "people" | "health" | "platform";
                                question: string;
                            }[];
                            range: {
                                from: string;
                                to: string;
                            };
                            teamId: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether first-run setup is still needed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description True while no account exists; the server printed a one-time setup token */
                            needed: boolean;
                            /** @description Single sign-on is configured */
                            sso: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create the first admin account with the setup token printed at start-up */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        name: string;
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Send as x-csrf-token on changes made with the session cookie */
                            csrfToken: string | null;
                            expiresAt: string | null;
                            user: {
                                createdAt: string;
                                disabled: boolean;
                                email: string;
                                grants: ("compensation" | "finance" | "security")[];
                                id: number;
                                name: string;
                                personId: number | null;
                                /** @enum {string} */
                                role: "admin" | "executive" | "manager" | "member";
                                sso: boolean;
                            };
                            /** @enum {string} */
                            via: "session" | "token";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens (admins: ?all=true for everyone’s) */
        get: {
            parameters: {
                query?: {
                    /** @description Admins: every account’s tokens */
                    all?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                expiresAt: string | null;
                                id: number;
                                lastUsedAt: string | null;
                                name: string;
                                revokedAt: string | null;
                                scopes: ("read" | "write")[];
                                userId: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API token for yourself; the token is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description null for a token that never expires
                         * @default 90
                         */
                        expiresInDays?: number | null;
                        name: string;
                        scopes: ("read" | "write")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            expiresAt: string | null;
                            id: number;
                            lastUsedAt: string | null;
                            name: string;
                            revokedAt: string | null;
                            scopes: ("read" | "write")[];
                            /** @description Shown once; only its hash is stored */
                            token: string;
                            userId: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token (yours; admins: any) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                disabled: boolean;
                                email: string;
                                grants: ("compensation" | "finance" | "security")[];
                                id: number;
                                name: string;
                                personId: number | null;
                                /** @enum {string} */
                                role: "admin" | "executive" | "manager" | "member";
                                sso: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        /** @default [] */
                        grants?: ("compensation" | "finance" | "security")[];
                        name: string;
                        /** @description Omit for accounts that sign in with SSO only */
                        password?: string;
                        personId?: number | null;
                        /** @enum {string} */
                        role: "admin" | "executive" | "manager" | "member";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            disabled: boolean;
                            email: string;
                            grants: ("compensation" | "finance" | "security")[];
                            id: number;
                            name: string;
                            personId: number | null;
                            /** @enum {string} */
                            role: "admin" | "executive" | "manager" | "member";
                            sso: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            disabled: boolean;
                            email: string;
                            grants: ("compensation" | "finance" | "security")[];
                            id: number;
                            name: string;
                            personId: number | null;
                            /** @enum {string} */
                            role: "admin" | "executive" | "manager" | "member";
                            sso: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change role, grants, person, password, or disable an account (ends its sessions) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        disabled?: boolean;
                        grants?: ("compensation" | "finance" | "security")[];
                        name?: string;
                        password?: string;
                        personId?: number | null;
                        /** @enum {string} */
                        role?: "admin" | "executive" | "manager" | "member";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            disabled: boolean;
                            email: string;
                            grants: ("compensation" | "finance" | "security")[];
                            id: number;
                            name: string;
                            personId: number | null;
                            /** @enum {string} */
                            role: "admin" | "executive" | "manager" | "member";
                            sso: boolean;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics of this process */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database is reachable and every migration is applied */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            backend: string;
                            /** @enum {string} */
                            migrations: "up to date";
                            /** @enum {string} */
                            status: "ready";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
