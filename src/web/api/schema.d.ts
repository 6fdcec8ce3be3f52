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
    "/api/v1/org/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people directory */
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
                                email: string;
                                id: number;
                                level: string | null;
                                location: string | null;
                                managerId: number | null;
                                name: string;
                                role: string;
                                startDate: string | null;
                                status: string;
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
        /** One person of the directory */
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
                            email: string;
                            id: number;
                            level: string | null;
                            location: string | null;
                            managerId: number | null;
                            name: string;
                            role: string;
                            startDate: string | null;
                            status: string;
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
                                email: string;
                                id: number;
                                level: string | null;
                                location: string | null;
                                managerId: number | null;
                                name: string;
                                role: string;
                                startDate: string | null;
                                status: string;
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
    "/api/v1/org/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Departments, groups and teams */
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
                                id: number;
                                /** @enum {string} */
                                kind: "department" | "group" | "team";
                                members: number;
                                name: string;
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
