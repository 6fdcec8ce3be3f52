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
    "/api/v1/cost/allocation-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The allocation rules in force, and their earlier versions */
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
                            body: {
                                pools: {
                                    headcount?: {
                                        [key: string]: number;
                                    };
                                    match: {
                                        accounts?: string[];
                                        resourceGlobs?: string[];
                                        services?: string[];
                                        tag?: {
                                            key: string;
                                            value: string;
                                        };
                                    };
                                    name: string;
                                    /** @enum {string} */
                                    split: "even" | "headcount" | "proportional";
                                    units?: string[];
                                }[];
                                rules: ({
                                    keys?: string[];
                                    /** @enum {string} */
                                    kind: "tag";
                                } | {
                                    accounts: {
                                        [key: string]: string;
                                    };
                                    /** @enum {string} */
                                    kind: "account";
                                } | {
                                    /** @enum {string} */
                                    kind: "resource-glob";
                                    pattern: string;
                                    unit: string;
                                } | {
                                    catalog?: boolean;
                                    /** @enum {string} */
                                    kind: "ownership";
                                    /** @default {} */
                                    owners: {
                                        [key: string]: string;
                                    };
                                })[];
                            };
                            note: string;
                            savedAt: string | null;
                            savedBy: string | null;
                            version: number;
                            versions: {
                                note: string;
                                savedAt: string;
                                savedBy: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        /** Save allocation rules as a new version and re-apply them to every bill */
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
                        body: {
                            pools: {
                                headcount?: {
                                    [key: string]: number;
                                };
                                match: {
                                    accounts?: string[];
                                    resourceGlobs?: string[];
                                    services?: string[];
                                    tag?: {
                                        key: string;
                                        value: string;
                                    };
                                };
                                name: string;
                                /** @enum {string} */
                                split: "even" | "headcount" | "proportional";
                                units?: string[];
                            }[];
                            rules: ({
                                keys?: string[];
                                /** @enum {string} */
                                kind: "tag";
                            } | {
                                accounts: {
                                    [key: string]: string;
                                };
                                /** @enum {string} */
                                kind: "account";
                            } | {
                                /** @enum {string} */
                                kind: "resource-glob";
                                pattern: string;
                                unit: string;
                            } | {
                                catalog?: boolean;
                                /** @enum {string} */
                                kind: "ownership";
                                /** @default {} */
                                owners?: {
                                    [key: string]: string;
                                };
                            })[];
                        };
                        /** @default  */
                        note?: string;
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
                            body: {
                                pools: {
                                    headcount?: {
                                        [key: string]: number;
                                    };
                                    match: {
                                        accounts?: string[];
                                        resourceGlobs?: string[];
                                        services?: string[];
                                        tag?: {
                                            key: string;
                                            value: string;
                                        };
                                    };
                                    name: string;
                                    /** @enum {string} */
                                    split: "even" | "headcount" | "proportional";
                                    units?: string[];
                                }[];
                                rules: ({
                                    keys?: string[];
                                    /** @enum {string} */
                                    kind: "tag";
                                } | {
                                    accounts: {
                                        [key: string]: string;
                                    };
                                    /** @enum {string} */
                                    kind: "account";
                                } | {
                                    /** @enum {string} */
                                    kind: "resource-glob";
                                    pattern: string;
                                    unit: string;
                                } | {
                                    catalog?: boolean;
                                    /** @enum {string} */
                                    kind: "ownership";
                                    /** @default {} */
                                    owners: {
                                        [key: string]: string;
                                    };
                                })[];
                            };
                            note: string;
                            savedAt: string | null;
                            savedBy: string | null;
                            version: number;
                            versions: {
                                note: string;
                                savedAt: string;
                                savedBy: string | null;
                                version: number;
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
    "/api/v1/cost/anomalies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Days on which a team’s or service’s cost left its usual weekly pattern, with the lines that explain it */
        get: {
            parameters: {
                query?: {
                    /** @description Days scored, ending on the last day with data (default 90) */
                    days?: number;
                    /** @description Default: both */
                    grouping?: "team" | "service";
                    team?: number;
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
                            currency: string;
                            from: string | null;
                            items: {
                                /** @description An estimate (forecast), rounded to cents */
                                actual: number;
                                contributors: {
                                    /** @description An estimate (forecast), rounded to cents */
                                    actual: number;
                                    /** @description An estimate (forecast), rounded to cents */
                                    delta: number;
                                    /** @description An estimate (forecast), rounded to cents */
                                    expected: number;
                                    /** @description ResourceId, else ServiceName */
                                    key: string;
                                    service: string | null;
                                }[];
                                date: string;
                                /** @description An estimate (forecast), rounded to cents */
                                delta: number;
                                /** @enum {string} */
                                direction: "spike" | "drop";
                                /** @description An estimate (forecast), rounded to cents */
                                expected: number;
                                /** @enum {string} */
                                grouping: "team" | "service";
                                id: string;
                                linesHref: string;
                                /** @description Modified z-score (Iglewicz & Hoaglin) */
                                score: number;
                                unit: {
                                    id: number | null;
                                    key: string;
                                    kind: string;
                                    label: string;
                                };
                            }[];
                            method: {
                                minDelta: number;
                                minHistory: number;
                                threshold: number;
                                window: number;
                            };
                            to: string | null;
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
    "/api/v1/cost/anomalies/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A team’s or service’s daily cost with its expected band */
        get: {
            parameters: {
                query: {
                    days?: number;
                    grouping: "team" | "service";
                    unit: string;
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
                            currency: string;
                            days: {
                                actual: number;
                                anomaly: ("spike" | "drop") | null;
                                date: string;
                                expected: number | null;
                                lower: number | null;
                                upper: number | null;
                            }[];
                            unit: {
                                id: number | null;
                                key: string;
                                kind: string;
                                label: string;
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
    "/api/v1/cost/budgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Budgets with their burn to date, forecast to the period’s end and status */
        get: {
            parameters: {
                query?: {
                    /** @description A day of the period to evaluate (default: the last day with billing data) */
                    on?: string;
                    /** @description Only budgets of this team and the teams below it */
                    team?: number;
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
                            items: {
                                /** @description An exact decimal amount (numeric, never a float) */
                                amount: string;
                                currency: string;
                                /** @description Null before any billing data */
                                current: {
                                    /** @description An exact decimal amount (numeric, never a float) */
                                    actualToDate: string;
                                    /** @description the last day with data */
                                    asOf: string;
                                    backtest: {
                                        /** @description Mean absolute percentage error, in % */
                                        mape: number | null;
                                        /** @description Mean absolute scaled error; below 1 beats "same as last week" */
                                        mase: number | null;
                                        points: number;
                                    };
                                    burnShare: number;
                                    /** @description The budget is in another currency than the reporting currency: amounts are not comparable */
                                    currencyMismatch: boolean;
                                    elapsedShare: number;
                                    /** @description exclusive */
                                    end: string;
                                    /** @description An estimate (forecast), rounded to cents */
                                    forecastRemaining: number;
                                    /** @description 80% prediction interval */
                                    interval: {
                                        /** @description An estimate (forecast), rounded to cents */
                                        lower: number;
                                        /** @description An estimate (forecast), rounded to cents */
                                        upper: number;
                                    } | null;
                                    /** @description 2026-11, 2026-Q4 or 2026 */
                                    label: string;
                                    projectedShare: number;
                                    /** @description An estimate (forecast), rounded to cents */
                                    projectedTotal: number;
                                    reportingCurrency: string;
                                    start: string;
                                    /** @enum {string} */
                                    status: "under" | "at-risk" | "over";
                                } | null;
                                id: number;
                                /** @description The web page with the billing lines behind the burn */
                                linesHref: string;
                                name: string;
                                notes: string;
                                /** @enum {string} */
                                period: "month" | "quarter" | "year";
                                /** @enum {string} */
                                scope: "organization" | "team" | "service" | "service_category";
                                scopeLabel: string;
                                serviceCategory: string | null;
                                serviceId: number | null;
                                serviceName: string | null;
                                teamId: number | null;
                                teamName: string | null;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Set a budget for a team, a service, a service category or the organization */
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
                        /** @description A decimal amount (numeric, never a float), in `currency` */
                        amount: string;
                        currency: string;
                        name: string;
                        notes?: string;
                        /** @enum {string} */
                        period: "month" | "quarter" | "year";
                        /** @enum {string} */
                        scope: "organization" | "team" | "service" | "service_category";
                        /** @description With scope `service_category`: a FOCUS ServiceCategory (Compute, Storage…) */
                        serviceCategory?: string | null;
                        /** @description With scope `service` (a catalog component) */
                        serviceId?: number | null;
                        /** @description With scope `team` */
                        teamId?: number | null;
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
                            /** @description An exact decimal amount (numeric, never a float) */
                            amount: string;
                            currency: string;
                            /** @description Null before any billing data */
                            current: {
                                /** @description An exact decimal amount (numeric, never a float) */
                                actualToDate: string;
                                /** @description the last day with data */
                                asOf: string;
                                backtest: {
                                    /** @description Mean absolute percentage error, in % */
                                    mape: number | null;
                                    /** @description Mean absolute scaled error; below 1 beats "same as last week" */
                                    mase: number | null;
                                    points: number;
                                };
                                burnShare: number;
                                /** @description The budget is in another currency than the reporting currency: amounts are not comparable */
                                currencyMismatch: boolean;
                                elapsedShare: number;
                                /** @description exclusive */
                                end: string;
                                /** @description An estimate (forecast), rounded to cents */
                                forecastRemaining: number;
                                /** @description 80% prediction interval */
                                interval: {
                                    /** @description An estimate (forecast), rounded to cents */
                                    lower: number;
                                    /** @description An estimate (forecast), rounded to cents */
                                    upper: number;
                                } | null;
                                /** @description 2026-11, 2026-Q4 or 2026 */
                                label: string;
                                projectedShare: number;
                                /** @description An estimate (forecast), rounded to cents */
                                projectedTotal: number;
                                reportingCurrency: string;
                                start: string;
                                /** @enum {string} */
                                status: "under" | "at-risk" | "over";
                            } | null;
                            daily: {
                                actual: number | null;
                                cumulative: number | null;
                                date: string;
                                forecast: number | null;
                                lower: number | null;
                                upper: number | null;
                            }[];
                            /** @description Monday-first day-of-week factors of the forecast */
                            factors: number[];
                            /** @description The previous periods, newest first: actual cost against the same amount */
                            history: {
                                /** @description An exact decimal amount (numeric, never a float) */
                                actual: string;
                                label: string;
                                start: string;
                                /** @enum {string} */
                                status: "under" | "at-risk" | "over";
                            }[];
                            id: number;
                            /** @description Seasonally adjusted daily run rate */
                            level: number;
                            /** @description The web page with the billing lines behind the burn */
                            linesHref: string;
                            name: string;
                            notes: string;
                            /** @enum {string} */
                            period: "month" | "quarter" | "year";
                            /** @enum {string} */
                            scope: "organization" | "team" | "service" | "service_category";
                            scopeLabel: string;
                            serviceCategory: string | null;
                            serviceId: number | null;
                            serviceName: string | null;
                            teamId: number | null;
                            teamName: string | null;
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
    "/api/v1/cost/budgets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One budget with its daily burn-up, forecast band and previous periods */
        get: {
            parameters: {
                query?: {
                    on?: string;
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
                            /** @description An exact decimal amount (numeric, never a float) */
                            amount: string;
                            currency: string;
                            /** @description Null before any billing data */
                            current: {
                                /** @description An exact decimal amount (numeric, never a float) */
                                actualToDate: string;
                                /** @description the last day with data */
                                asOf: string;
                                backtest: {
                                    /** @description Mean absolute percentage error, in % */
                                    mape: number | null;
                                    /** @description Mean absolute scaled error; below 1 beats "same as last week" */
                                    mase: number | null;
                                    points: number;
                                };
                                burnShare: number;
                                /** @description The budget is in another currency than the reporting currency: amounts are not comparable */
                                currencyMismatch: boolean;
                                elapsedShare: number;
                                /** @description exclusive */
                                end: string;
                                /** @description An estimate (forecast), rounded to cents */
                                forecastRemaining: number;
                                /** @description 80% prediction interval */
                                interval: {
                                    /** @description An estimate (forecast), rounded to cents */
                                    lower: number;
                                    /** @description An estimate (forecast), rounded to cents */
                                    upper: number;
                                } | null;
                                /** @description 2026-11, 2026-Q4 or 2026 */
                                label: string;
                                projectedShare: number;
                                /** @description An estimate (forecast), rounded to cents */
                                projectedTotal: number;
                                reportingCurrency: string;
                                start: string;
                                /** @enum {string} */
                                status: "under" | "at-risk" | "over";
                            } | null;
                            daily: {
                                actual: number | null;
                                cumulative: number | null;
                                date: string;
                                forecast: number | null;
                                lower: number | null;
                                upper: number | null;
                            }[];
                            /** @description Monday-first day-of-week factors of the forecast */
                            factors: number[];
                            /** @description The previous periods, newest first: actual cost against the same amount */
                            history: {
                                /** @description An exact decimal amount (numeric, never a float) */
                                actual: string;
                                label: string;
                                start: string;
                                /** @enum {string} */
                                status: "under" | "at-risk" | "over";
                            }[];
                            id: number;
                            /** @description Seasonally adjusted daily run rate */
                            level: number;
                            /** @description The web page with the billing lines behind the burn */
                            linesHref: string;
                            name: string;
                            notes: string;
                            /** @enum {string} */
                            period: "month" | "quarter" | "year";
                            /** @enum {string} */
                            scope: "organization" | "team" | "service" | "service_category";
                            scopeLabel: string;
                            serviceCategory: string | null;
                            serviceId: number | null;
                            serviceName: string | null;
                            teamId: number | null;
                            teamName: string | null;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove a budget */
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
        /** Change a budget (name, period, amount, currency, notes) */
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
                        /** @description A decimal amount (numeric, never a float), in `currency` */
                        amount?: string;
                        currency?: string;
                        name?: string;
                        notes?: string;
                        /** @enum {string} */
                        period?: "month" | "quarter" | "year";
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
                            /** @description An exact decimal amount (numeric, never a float) */
                            amount: string;
                            currency: string;
                            /** @description Null before any billing data */
                            current: {
                                /** @description An exact decimal amount (numeric, never a float) */
                                actualToDate: string;
                                /** @description the last day with data */
                                asOf: string;
                                backtest: {
                                    /** @description Mean absolute percentage error, in % */
                                    mape: number | null;
                                    /** @description Mean absolute scaled error; below 1 beats "same as last week" */
                                    mase: number | null;
                                    points: number;
                                };
                                burnShare: number;
                                /** @description The budget is in another currency than the reporting currency: amounts are not comparable */
                                currencyMismatch: boolean;
                                elapsedShare: number;
                                /** @description exclusive */
                                end: string;
                                /** @description An estimate (forecast), rounded to cents */
                                forecastRemaining: number;
                                /** @description 80% prediction interval */
                                interval: {
                                    /** @description An estimate (forecast), rounded to cents */
                                    lower: number;
                                    /** @description An estimate (forecast), rounded to cents */
                                    upper: number;
                                } | null;
                                /** @description 2026-11, 2026-Q4 or 2026 */
                                label: string;
                                projectedShare: number;
                                /** @description An estimate (forecast), rounded to cents */
                                projectedTotal: number;
                                reportingCurrency: string;
                                start: string;
                                /** @enum {string} */
                                status: "under" | "at-risk" | "over";
                            } | null;
                            daily: {
                                actual: number | null;
                                cumulative: number | null;
                                date: string;
                                forecast: number | null;
                                lower: number | null;
                                upper: number | null;
                            }[];
                            /** @description Monday-first day-of-week factors of the forecast */
                            factors: number[];
                            /** @description The previous periods, newest first: actual cost against the same amount */
                            history: {
                                /** @description An exact decimal amount (numeric, never a float) */
                                actual: string;
                                label: string;
                                start: string;
                                /** @enum {string} */
                                status: "under" | "at-risk" | "over";
                            }[];
                            id: number;
                            /** @description Seasonally adjusted daily run rate */
                            level: number;
                            /** @description The web page with the billing lines behind the burn */
                            linesHref: string;
                            name: string;
                            notes: string;
                            /** @enum {string} */
                            period: "month" | "quarter" | "year";
                            /** @enum {string} */
                            scope: "organization" | "team" | "service" | "service_category";
                            scopeLabel: string;
                            serviceCategory: string | null;
                            serviceId: number | null;
                            serviceName: string | null;
                            teamId: number | null;
                            teamName: string | null;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/cost/exchange-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Monthly exchange rates used to show several currencies in one */
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
                            rates: {
                                currency: string;
                                month: string;
                                rate: string;
                                toCurrency: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Add or change monthly exchange rates (1 currency = rate toCurrency) */
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
                        rates: {
                            currency: string;
                            month: string;
                            rate: string;
                            toCurrency: string;
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
                            rates: {
                                currency: string;
                                month: string;
                                rate: string;
                                toCurrency: string;
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
    "/api/v1/cost/facets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Providers, categories, services, accounts, environments, teams with cost in the range */
        get: {
            parameters: {
                query?: {
                    /** @description First charge day (default: 12 months before `to`) */
                    from?: string;
                    /** @description Last charge day (default: the last day with billing data) */
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
                            accounts: string[];
                            categories: string[];
                            chargeCategories: string[];
                            currencies: string[];
                            environments: string[];
                            providers: string[];
                            serviceNames: string[];
                            services: {
                                id: number;
                                name: string;
                            }[];
                            /** @description Tag keys on the bills, normalized (cost_center, team, env…) */
                            tagKeys: string[];
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
    "/api/v1/cost/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Imported bills with their validation reports, newest first */
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
                                durationMs: number | null;
                                file: string;
                                focusVersion: string | null;
                                format: string;
                                id: number;
                                importedAt: string;
                                importedBy: string | null;
                                /** @description Lines of this import still current (not replaced by a later import) */
                                linesCurrent: number;
                                periods: {
                                    billingAccountId: string;
                                    billingPeriodStart: string;
                                    provider: string;
                                    replaced: number;
                                    rows: number;
                                }[];
                                rowsImported: number;
                                rowsRead: number;
                                rowsReplaced: number;
                                totals: {
                                    [key: string]: {
                                        /** @description an exact decimal number as text */
                                        billedCost: string;
                                        /** @description an exact decimal number as text */
                                        effectiveCost: string;
                                        rows: number;
                                    };
                                };
                                warnings: {
                                    column: string;
                                    count: number;
                                    firstRow?: number | null;
                                    kind: string;
                                    message: string;
                                }[];
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
    "/api/v1/cost/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One imported bill */
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
                            durationMs: number | null;
                            file: string;
                            focusVersion: string | null;
                            format: string;
                            id: number;
                            importedAt: string;
                            importedBy: string | null;
                            /** @description Lines of this import still current (not replaced by a later import) */
                            linesCurrent: number;
                            periods: {
                                billingAccountId: string;
                                billingPeriodStart: string;
                                provider: string;
                                replaced: number;
                                rows: number;
                            }[];
                            rowsImported: number;
                            rowsRead: number;
                            rowsReplaced: number;
                            totals: {
                                [key: string]: {
                                    /** @description an exact decimal number as text */
                                    billedCost: string;
                                    /** @description an exact decimal number as text */
                                    effectiveCost: string;
                                    rows: number;
                                };
                            };
                            warnings: {
                                column: string;
                                count: number;
                                firstRow?: number | null;
                                kind: string;
                                message: string;
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
    "/api/v1/cost/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The billing lines behind a figure, each with its file and row */
        get: {
            parameters: {
                query?: {
                    /** @description SubAccountId: account, subscription or project */
                    account?: string;
                    /** @description FOCUS ServiceCategory */
                    category?: string;
                    chargeCategory?: string;
                    /** @description prod, staging, dev, test… or (none) */
                    environment?: string;
                    /** @description First charge day (default: 12 months before `to`) */
                    from?: string;
                    /** @description A group key of the series (team:3, unallocated, value:AWS…) */
                    group?: string;
                    groupBy?: "team" | "service" | "provider" | "service_category" | "service_name" | "account" | "environment" | "charge_category" | "tag" | "none";
                    limit?: number;
                    /** @description Amortized (effective) or billed cost */
                    metric?: "effective" | "billed";
                    offset?: number;
                    provider?: string;
                    service?: number;
                    serviceName?: string;
                    sort?: "cost" | "day" | "row";
                    /** @description With groupBy=tag: the tag key (Team = team = team_name) */
                    tagKey?: string;
                    team?: number;
                    /** @description Last charge day (default: the last day with billing data) */
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
                                account: string | null;
                                /** @description an exact decimal number as text */
                                billedCost: string;
                                billingAccountId: string;
                                chargeCategory: string | null;
                                chargeDay: string;
                                currency: string;
                                /** @description an exact decimal number as text */
                                effectiveCost: string;
                                environment: string | null;
                                file: string;
                                id: number;
                                importId: number;
                                pool: string | null;
                                provider: string;
                                region: string | null;
                                resourceId: string | null;
                                serviceCategory: string | null;
                                serviceId: number | null;
                                serviceName: string | null;
                                sourceRow: number;
                                tags: {
                                    [key: string]: unknown;
                                } | null;
                                teamId: number | null;
                                unit: string | null;
                                /** @description The rule that decided: tag#0, account#1, shared:<pool>, no-rule… */
                                via: string;
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
    "/api/v1/cost/savings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Savings opportunities: unused seats, idle and unallocated resources, unused commitments, non-production environments */
        get: {
            parameters: {
                query?: {
                    /** @description Window ending on the last day with data (default 30) */
                    days?: number;
                    team?: number;
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
                            commitments: {
                                coverage: {
                                    coverage: number | null;
                                    /** @description An exact decimal amount (numeric, never a float) */
                                    covered: string;
                                    currency: string;
                                    /** @description An exact decimal amount (numeric, never a float) */
                                    eligible: string;
                                    provider: string;
                                    serviceCategory: string | null;
                                }[];
                                items: {
                                    /** @description An exact decimal amount (numeric, never a float) */
                                    annualUnused: string;
                                    category: string | null;
                                    commitmentId: string;
                                    currency: string;
                                    provider: string;
                                    type: string | null;
                                    /** @description An exact decimal amount (numeric, never a float) */
                                    unused: string;
                                    /** @description An exact decimal amount (numeric, never a float) */
                                    used: string;
                                    utilization: number | null;
                                }[];
                            };
                            environments: {
                                /** @description An exact decimal amount (numeric, never a float) */
                                annual: string;
                                /** @description An exact decimal amount (numeric, never a float) */
                                cost: string;
                                currency: string;
                                environment: string | null;
                                production: boolean;
                            }[];
                            idleResources: {
                                account: string | null;
                                /** @description An exact decimal amount (numeric, never a float) */
                                annual: string;
                                /** @description An exact decimal amount (numeric, never a float) */
                                cost: string;
                                currency: string;
                                provider: string;
                                resourceId: string;
                                resourceName: string | null;
                                serviceName: string | null;
                                teamId: number | null;
                            }[];
                            opportunities: {
                                /** @description Per currency: cost in the window and its annual equivalent */
                                amounts: {
                                    /** @description An exact decimal amount (numeric, never a float) */
                                    amount: string;
                                    /** @description An exact decimal amount (numeric, never a float) */
                                    annual: string;
                                    currency: string;
                                }[];
                                /** @description False when the data it needs is missing (then `description` says why) */
                                available: boolean;
                                description: string;
                                href: string | null;
                                /** @enum {string} */
                                kind: "unused-seats" | "idle-resources" | "unallocated" | "commitments" | "non-production";
                                title: string;
                            }[];
                            unallocated: {
                                account: string | null;
                                /** @description An exact decimal amount (numeric, never a float) */
                                annual: string;
                                /** @description An exact decimal amount (numeric, never a float) */
                                cost: string;
                                currency: string;
                                provider: string;
                                resourceId: string | null;
                                serviceName: string | null;
                                untagged: boolean;
                            }[];
                            unusedSeats: {
                                /** @description An exact decimal amount (numeric, never a float) */
                                annual: string;
                                currency: string;
                                name: string;
                                toolId: number | null;
                                unusedSeats: number;
                            }[];
                            window: {
                                days: number;
                                from: string;
                                to: string;
                            } | null;
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
    "/api/v1/cost/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cost over time grouped by team, service, provider, category, account, environment…
         * @description Exact decimals. Team and service groupings include the split of shared pools; unallocated cost is always its own group.
         */
        get: {
            parameters: {
                query?: {
                    /** @description SubAccountId: account, subscription or project */
                    account?: string;
                    /** @description FOCUS ServiceCategory */
                    category?: string;
                    chargeCategory?: string;
                    /** @description prod, staging, dev, test… or (none) */
                    environment?: string;
                    /** @description First charge day (default: 12 months before `to`) */
                    from?: string;
                    groupBy?: "team" | "service" | "provider" | "service_category" | "service_name" | "account" | "environment" | "charge_category" | "tag" | "none";
                    /** @description Amortized (effective) or billed cost */
                    metric?: "effective" | "billed";
                    provider?: string;
                    service?: number;
                    serviceName?: string;
                    step?: "day" | "month";
                    /** @description With groupBy=tag: the tag key (Team = team = team_name) */
                    tagKey?: string;
                    team?: number;
                    /** @description Last charge day (default: the last day with billing data) */
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
                            buckets: string[];
                            currency: string | null;
                            from: string;
                            groups: {
                                /** @description an exact decimal number as text */
                                direct: string;
                                id: number | null;
                                key: string;
                                /** @enum {string} */
                                kind: "team" | "service" | "unallocated" | "unknown-unit" | "value";
                                label: string;
                                /** @description Share of shared pools split to this group */
                                shared: string;
                                /** @description an exact decimal number as text */
                                total: string;
                                values: string[];
                            }[];
                            otherCurrencies: {
                                currency: string;
                                /** @description an exact decimal number as text */
                                total: string;
                            }[];
                            to: string;
                            /** @description an exact decimal number as text */
                            total: string;
                            /** @description an exact decimal number as text */
                            unallocated: string;
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
    "/api/v1/cost/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Total spend with the previous period, unallocated share, providers and top teams */
        get: {
            parameters: {
                query?: {
                    /** @description SubAccountId: account, subscription or project */
                    account?: string;
                    /** @description FOCUS ServiceCategory */
                    category?: string;
                    chargeCategory?: string;
                    /** @description prod, staging, dev, test… or (none) */
                    environment?: string;
                    /** @description First charge day (default: 12 months before `to`) */
                    from?: string;
                    /** @description Amortized (effective) or billed cost */
                    metric?: "effective" | "billed";
                    provider?: string;
                    service?: number;
                    serviceName?: string;
                    team?: number;
                    /** @description Last charge day (default: the last day with billing data) */
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
                            byProvider: {
                                key: string;
                                label: string;
                                /** @description an exact decimal number as text */
                                total: string;
                            }[];
                            coverage: {
                                first: string | null;
                                last: string | null;
                                lastImportAt: string | null;
                            };
                            currency: string | null;
                            from: string;
                            otherCurrencies: {
                                currency: string;
                                /** @description an exact decimal number as text */
                                total: string;
                            }[];
                            /** @description The same number of days just before `from` */
                            previousTotal: string;
                            to: string;
                            topTeams: {
                                id: number | null;
                                key: string;
                                label: string;
                                /** @description an exact decimal number as text */
                                total: string;
                            }[];
                            /** @description an exact decimal number as text */
                            total: string;
                            /** @description an exact decimal number as text */
                            unallocated: string;
                            /** @description Unallocated ÷ total, 0–1 */
                            unallocatedShare: number | null;
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
    "/api/v1/cost/tools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tool register, with seats, unused-seat cost and the next renewal of every tool */
        get: {
            parameters: {
                query?: {
                    /** @description a seat is active when used within this many days (default 30) */
                    activeDays?: number;
                    category?: "source-control" | "ci-cd" | "observability" | "incident-management" | "project-tracking" | "communication" | "documentation" | "design" | "security" | "ai-assistant" | "cloud-platform" | "other";
                    /** @description days */
                    renewingWithin?: number;
                    /** @description a team slug: tools this team uses */
                    team?: string;
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
                                /** @description an exact decimal number, as text */
                                annualCost: string;
                                /** @description an exact decimal number, as text */
                                annualUnusedCost: string;
                                autoRenew: boolean;
                                /** @enum {string} */
                                category: "source-control" | "ci-cd" | "observability" | "incident-management" | "project-tracking" | "communication" | "documentation" | "design" | "security" | "ai-assistant" | "cloud-platform" | "other";
                                contractEnd: string | null;
                                contractStart: string | null;
                                currency: string;
                                id: number;
                                notes: string;
                                noticeDays: number;
                                owner: {
                                    id: number;
                                    name: string;
                                } | null;
                                plan: string;
                                product: string;
                                renewal: {
                                    daysToNotice: number;
                                    daysToRenewal: number;
                                    noticeDeadline: string;
                                    renewalDate: string;
                                    /** @enum {string} */
                                    status: "notice-passed" | "act-soon" | "upcoming" | "ended";
                                } | null;
                                renewalDate: string | null;
                                seatCost: string | null;
                                seatsActive: number;
                                seatsAssigned: number;
                                seatsBought: number | null;
                                teams: {
                                    id: number;
                                    name: string;
                                    slug: string;
                                }[];
                                unusedSeats: number;
                                updatedAt: string;
                                vendor: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a tool to the register */
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
                        annualCost?: string;
                        autoRenew?: boolean;
                        /** @enum {string} */
                        category: "source-control" | "ci-cd" | "observability" | "incident-management" | "project-tracking" | "communication" | "documentation" | "design" | "security" | "ai-assistant" | "cloud-platform" | "other";
                        contractEnd?: string | null;
                        contractStart?: string | null;
                        currency?: string;
                        notes?: string;
                        noticeDays?: number;
                        ownerPersonId?: number | null;
                        plan?: string;
                        product: string;
                        renewalDate?: string | null;
                        seatsBought?: number | null;
                        teamIds?: number[];
                        vendor: string;
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
                            activeDays: number;
                            /** @description an exact decimal number, as text */
                            annualCost: string;
                            /** @description an exact decimal number, as text */
                            annualUnusedCost: string;
                            autoRenew: boolean;
                            /** @enum {string} */
                            category: "source-control" | "ci-cd" | "observability" | "incident-management" | "project-tracking" | "communication" | "documentation" | "design" | "security" | "ai-assistant" | "cloud-platform" | "other";
                            contractEnd: string | null;
                            contractStart: string | null;
                            currency: string;
                            id: number;
                            notes: string;
                            noticeDays: number;
                            owner: {
                                id: number;
                                name: string;
                            } | null;
                            plan: string;
                            product: string;
                            renewal: {
                                daysToNotice: number;
                                daysToRenewal: number;
                                noticeDeadline: string;
                                renewalDate: string;
                                /** @enum {string} */
                                status: "notice-passed" | "act-soon" | "upcoming" | "ended";
                            } | null;
                            renewalDate: string | null;
                            seatCost: string | null;
                            seats: {
                                active: boolean;
                                email: string;
                                lastActiveAt: string | null;
                                personId: number | null;
                                personName: string | null;
                                /** @enum {string} */
                                source: "csv" | "sso";
                            }[];
                            seatsActive: number;
                            seatsAssigned: number;
                            seatsBought: number | null;
                            teams: {
                                id: number;
                                name: string;
                                slug: string;
                            }[];
                            unusedSeats: number;
                            updatedAt: string;
                            vendor: string;
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
    "/api/v1/cost/tools/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One tool with its seats and their last activity */
        get: {
            parameters: {
                query?: {
                    /** @description a seat is active when used within this many days (default 30) */
                    activeDays?: number;
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
                            activeDays: number;
                            /** @description an exact decimal number, as text */
                            annualCost: string;
                            /** @description an exact decimal number, as text */
                            annualUnusedCost: string;
                            autoRenew: boolean;
                            /** @enum {string} */
                            category: "source-control" | "ci-cd" | "observability" | "incident-management" | "project-tracking" | "communication" | "documentation" | "design" | "security" | "ai-assistant" | "cloud-platform" | "other";
                            contractEnd: string | null;
                            contractStart: string | null;
                            currency: string;
                            id: number;
                            notes: string;
                            noticeDays: number;
                            owner: {
                                id: number;
                                name: string;
                            } | null;
                            plan: string;
                            product: string;
                            renewal: {
                                daysToNotice: number;
                                daysToRenewal: number;
                                noticeDeadline: string;
                                renewalDate: string;
                                /** @enum {string} */
                                status: "notice-passed" | "act-soon" | "upcoming" | "ended";
                            } | null;
                            renewalDate: string | null;
                            seatCost: string | null;
                            seats: {
                                active: boolean;
                                email: string;
                                lastActiveAt: string | null;
                                personId: number | null;
                                personName: string | null;
                                /** @enum {string} */
                                source: "csv" | "sso";
                            }[];
                            seatsActive: number;
                            seatsAssigned: number;
                            seatsBought: number | null;
                            teams: {
                                id: number;
                                name: string;
                                slug: string;
                            }[];
                            unusedSeats: number;
                            updatedAt: string;
                            vendor: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove a tool and its seats */
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
        /** Change a tool (cost, seats, dates, owner, teams…) */
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
                        annualCost?: string;
                        autoRenew?: boolean;
                        /** @enum {string} */
                        category?: "source-control" | "ci-cd" | "observability" | "incident-management" | "project-tracking" | "communication" | "documentation" | "design" | "security" | "ai-assistant" | "cloud-platform" | "other";
                        contractEnd?: string | null;
                        contractStart?: string | null;
                        currency?: string;
                        notes?: string;
                        noticeDays?: number;
                        ownerPersonId?: number | null;
                        plan?: string;
                        product?: string;
                        renewalDate?: string | null;
                        seatsBought?: number | null;
                        teamIds?: number[];
                        vendor?: string;
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
                            activeDays: number;
                            /** @description an exact decimal number, as text */
                            annualCost: string;
                            /** @description an exact decimal number, as text */
                            annualUnusedCost: string;
                            autoRenew: boolean;
                            /** @enum {string} */
                            category: "source-control" | "ci-cd" | "observability" | "incident-management" | "project-tracking" | "communication" | "documentation" | "design" | "security" | "ai-assistant" | "cloud-platform" | "other";
                            contractEnd: string | null;
                            contractStart: string | null;
                            currency: string;
                            id: number;
                            notes: string;
                            noticeDays: number;
                            owner: {
                                id: number;
                                name: string;
                            } | null;
                            plan: string;
                            product: string;
                            renewal: {
                                daysToNotice: number;
                                daysToRenewal: number;
                                noticeDeadline: string;
                                renewalDate: string;
                                /** @enum {string} */
                                status: "notice-passed" | "act-soon" | "upcoming" | "ended";
                            } | null;
                            renewalDate: string | null;
                            seatCost: string | null;
                            seats: {
                                active: boolean;
                                email: string;
                                lastActiveAt: string | null;
                                personId: number | null;
                                personName: string | null;
                                /** @enum {string} */
                                source: "csv" | "sso";
                            }[];
                            seatsActive: number;
                            seatsAssigned: number;
                            seatsBought: number | null;
                            teams: {
                                id: number;
                                name: string;
                                slug: string;
                            }[];
                            unusedSeats: number;
                            updatedAt: string;
                            vendor: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/cost/tools/overlaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Categories with more than one tool, with their combined annual cost and seats */
        get: {
            parameters: {
                query?: {
                    /** @description a seat is active when used within this many days (default 30) */
                    activeDays?: number;
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
                            overlaps: {
                                annualCost: {
                                    /** @description an exact decimal number, as text */
                                    amount: string;
                                    currency: string;
                                }[];
                                /** @enum {string} */
                                category: "source-control" | "ci-cd" | "observability" | "incident-management" | "project-tracking" | "communication" | "documentation" | "design" | "security" | "ai-assistant" | "cloud-platform" | "other";
                                seatsActive: number;
                                seatsAssigned: number;
                                seatsBought: number;
                                tools: {
                                    /** @description an exact decimal number, as text */
                                    annualCost: string;
                                    currency: string;
                                    id: number;
                                    product: string;
                                    seatsActive: number;
                                    seatsAssigned: number;
                                    seatsBought: number | null;
                                    vendor: string;
                                }[];
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
    "/api/v1/cost/tools/renewals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Upcoming renewals with their notice deadline (renewal date − notice days), by deadline */
        get: {
            parameters: {
                query?: {
                    /** @description how far ahead (default 365) */
                    days?: number;
                    /** @description a notice deadline within this many days is act-soon (default 30) */
                    reminderDays?: number;
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
                                daysToNotice: number;
                                daysToRenewal: number;
                                noticeDeadline: string;
                                renewalDate: string;
                                /** @enum {string} */
                                status: "notice-passed" | "act-soon" | "upcoming";
                                tool: {
                                    /** @description an exact decimal number, as text */
                                    annualCost: string;
                                    autoRenew: boolean;
                                    /** @enum {string} */
                                    category: "source-control" | "ci-cd" | "observability" | "incident-management" | "project-tracking" | "communication" | "documentation" | "design" | "security" | "ai-assistant" | "cloud-platform" | "other";
                                    currency: string;
                                    id: number;
                                    noticeDays: number;
                                    owner: {
                                        id: number;
                                        name: string;
                                    } | null;
                                    product: string;
                                    vendor: string;
                                };
                            }[];
                            today: string;
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
    "/api/v1/cost/tools/renewals.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The renewal calendar as iCalendar: one event per renewal and per notice deadline (with alarms)
         * @description Subscribe to it or import it into a calendar (RFC 5545). A calendar app subscribes by address: create a token with the calendar scope alone and add it as `?token=`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description how far ahead (default 365) */
                    days?: number;
                    /** @description a notice deadline within this many days is act-soon (default 30) */
                    reminderDays?: number;
                    /** @description a calendar token (scope calendar), for calendar apps that subscribe by address and cannot send a header */
                    token?: string;
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
    "/api/v1/cost/tools/savings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unused seats and their annual cost per currency, and the seats not used lately */
        get: {
            parameters: {
                query?: {
                    /** @description a seat is active when used within this many days (default 30) */
                    activeDays?: number;
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
                            activeDays: number;
                            inactiveSeats: {
                                email: string;
                                lastActiveAt: string | null;
                                personId: number | null;
                                personName: string | null;
                                product: string;
                                toolId: number;
                                vendor: string;
                            }[];
                            savings: {
                                /** @description an exact decimal number, as text */
                                annualUnusedCost: string;
                                currency: string;
                                tools: {
                                    /** @description an exact decimal number, as text */
                                    annualCost: string;
                                    /** @description an exact decimal number, as text */
                                    annualUnusedCost: string;
                                    /** @enum {string} */
                                    category: "source-control" | "ci-cd" | "observability" | "incident-management" | "project-tracking" | "communication" | "documentation" | "design" | "security" | "ai-assistant" | "cloud-platform" | "other";
                                    id: number;
                                    product: string;
                                    /** @description an exact decimal number, as text */
                                    seatCost: string;
                                    seatsActive: number;
                                    seatsAssigned: number;
                                    seatsBought: number;
                                    unusedSeats: number;
                                    vendor: string;
                                }[];
                                unusedSeats: number;
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
    "/api/v1/cost/tools/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Register totals per currency: tools, annual cost, seats bought, assigned, active, unused */
        get: {
            parameters: {
                query?: {
                    /** @description a seat is active when used within this many days (default 30) */
                    activeDays?: number;
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
                            activeDays: number;
                            totals: {
                                /** @description an exact decimal number, as text */
                                annualCost: string;
                                /** @description an exact decimal number, as text */
                                annualUnusedCost: string;
                                currency: string;
                                seatsActive: number;
                                seatsAssigned: number;
                                seatsBought: number;
                                tools: number;
                                unusedSeats: number;
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
    "/api/v1/cost/unit-costs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cost per engineer, per service and per production deployment, by month */
        get: {
            parameters: {
                query?: {
                    /** @description Months ending with the last month with data (default 12) */
                    months?: number;
                    team?: number;
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
                            change: {
                                costPerDeployment: number | null;
                                /** @description Last complete month against three months before, relative */
                                costPerEngineer: number | null;
                                costPerService: number | null;
                            };
                            currency: string;
                            months: {
                                /** @description An exact decimal amount (numeric, never a float) */
                                cost: string;
                                costPerDeployment: string | null;
                                costPerEngineer: string | null;
                                costPerService: string | null;
                                deployments: number;
                                engineers: number;
                                month: string;
                                /** @description The month is not complete in the billing data */
                                partial: boolean;
                                /** @description Cost allocated to services */
                                serviceCost: string;
                                services: number;
                            }[];
                            services: {
                                id: number | null;
                                key: string;
                                label: string;
                                /** @description An exact decimal amount (numeric, never a float) */
                                total: string;
                                values: string[];
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
    "/api/v1/strategy/adrs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Decision records, filtered by status, service, radar entry and full text (ranked) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description Free text, web-search syntax: "exact phrase", -not, or */
                    q?: string;
                    /** @description A radar entry key */
                    radar?: string;
                    /** @description A service (catalog component) id or name */
                    service?: string;
                    status?: "proposed" | "accepted" | "rejected" | "deprecated" | "superseded";
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
                                date: string | null;
                                deciders: string[];
                                /** @description Edited in Quarterdeck since its file was last read */
                                edited: boolean;
                                excerpt: string | null;
                                fileName: string;
                                number: number;
                                radar: {
                                    key: string;
                                    name: string;
                                    ring: string;
                                }[];
                                services: {
                                    id: number;
                                    name: string;
                                }[];
                                source: {
                                    /** @enum {string} */
                                    kind: "manual" | "folder" | "repository";
                                    label: string;
                                    path: string | null;
                                    removed: boolean;
                                    repository: string | null;
                                    sha: string | null;
                                };
                                /** @enum {string} */
                                status: "proposed" | "accepted" | "rejected" | "deprecated" | "superseded";
                                supersededBy: number | null;
                                title: string;
                                updatedAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Write a new decision record (a MADR 4 file; numbered after the highest number) */
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
                        consequences?: string;
                        consulted?: string[];
                        context?: string;
                        date?: string | null;
                        deciders?: string[];
                        informed?: string[];
                        options?: string;
                        outcome?: string;
                        prosCons?: string;
                        /** @description Radar entry keys */
                        radar?: string[];
                        serviceIds?: number[];
                        /** @enum {string} */
                        status?: "proposed" | "accepted" | "rejected" | "deprecated" | "superseded";
                        /** @description Number of the superseding record */
                        supersededBy?: number | null;
                        title: string;
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
                            number: number;
                            /** @enum {string} */
                            status: "proposed" | "accepted" | "rejected" | "deprecated" | "superseded";
                            title: string;
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
    "/api/v1/strategy/adrs/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One decision record: fields, markdown, links, supersession chain and status history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
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
                            chain: {
                                number: number;
                                /** @enum {string} */
                                relation: "supersedes" | "this" | "superseded-by";
                                /** @enum {string} */
                                status: "proposed" | "accepted" | "rejected" | "deprecated" | "superseded";
                                title: string;
                            }[];
                            consulted: string[];
                            date: string | null;
                            deciders: string[];
                            /** @description Edited in Quarterdeck since its file was last read */
                            edited: boolean;
                            fileName: string;
                            history: {
                                actor: string;
                                on: string;
                                /** @enum {string} */
                                status: "proposed" | "accepted" | "rejected" | "deprecated" | "superseded";
                            }[];
                            informed: string[];
                            markdown: string;
                            number: number;
                            radar: {
                                key: string;
                                name: string;
                                ring: string;
                            }[];
                            sections: {
                                consequences: string;
                                context: string;
                                options: string;
                                outcome: string;
                                prosCons: string;
                            };
                            services: {
                                id: number;
                                name: string;
                            }[];
                            source: {
                                /** @enum {string} */
                                kind: "manual" | "folder" | "repository";
                                label: string;
                                path: string | null;
                                removed: boolean;
                                repository: string | null;
                                sha: string | null;
                            };
                            /** @enum {string} */
                            status: "proposed" | "accepted" | "rejected" | "deprecated" | "superseded";
                            supersededBy: number | null;
                            title: string;
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
        /** Edit a decision record: only the edited parts of its markdown change */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        consequences?: string;
                        consulted?: string[];
                        context?: string;
                        date?: string | null;
                        deciders?: string[];
                        informed?: string[];
                        options?: string;
                        outcome?: string;
                        prosCons?: string;
                        /** @description Radar entry keys */
                        radar?: string[];
                        serviceIds?: number[];
                        /** @enum {string} */
                        status?: "proposed" | "accepted" | "rejected" | "deprecated" | "superseded";
                        /** @description Number of the superseding record */
                        supersededBy?: number | null;
                        title?: string;
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
                            number: number;
                            /** @enum {string} */
                            status: "proposed" | "accepted" | "rejected" | "deprecated" | "superseded";
                            title: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/strategy/adrs/{number}/markdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One decision record as its MADR file */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
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
    "/api/v1/strategy/adrs/{number}/supersede": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a decision record superseded by another one */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Number of the superseding record */
                        by: number;
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
                            number: number;
                            /** @enum {string} */
                            status: "proposed" | "accepted" | "rejected" | "deprecated" | "superseded";
                            title: string;
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
    "/api/v1/strategy/adrs/export.tar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every decision record as MADR files in a tar archive (unedited records byte for byte as imported) */
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
    "/api/v1/strategy/adrs/link-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The services and radar entries a decision record can be linked to */
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
                            radar: {
                                key: string;
                                name: string;
                                ring: string;
                            }[];
                            services: {
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
    "/api/v1/strategy/adrs/missing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Services (catalog components) no decision record is linked to, with their owning team */
        get: {
            parameters: {
                query?: {
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
                                id: number;
                                name: string;
                                team: {
                                    id: number;
                                    name: string;
                                } | null;
                            }[];
                            /** @description Services in scope */
                            services: number;
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
    "/api/v1/strategy/adrs/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Decision records by month, with the status changes dated in each month */
        get: {
            parameters: {
                query?: {
                    from?: string;
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
                                changes: {
                                    number: number;
                                    on: string;
                                    /** @enum {string} */
                                    status: "proposed" | "accepted" | "rejected" | "deprecated" | "superseded";
                                    title: string;
                                }[];
                                month: string;
                                records: {
                                    number: number;
                                    /** @enum {string} */
                                    status: "proposed" | "accepted" | "rejected" | "deprecated" | "superseded";
                                    title: string;
                                }[];
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
    "/api/v1/strategy/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The goals of a period (a tree through parentId) with live key results and progress */
        get: {
            parameters: {
                query?: {
                    /** @description Default: the latest period with goals */
                    period?: string;
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
                                description: string;
                                id: number;
                                keyResults: {
                                    checkins: {
                                        at: string;
                                        by: string;
                                        confidence: number | null;
                                        id: number;
                                        note: string;
                                        value: number | null;
                                    }[];
                                    confidence: number | null;
                                    current: number | null;
                                    /** @enum {string} */
                                    direction: "increase" | "decrease";
                                    goalId: number;
                                    id: number;
                                    metric: {
                                        from: string;
                                        href: string;
                                        id: string;
                                        label: string;
                                        to: string;
                                    } | null;
                                    progress: number | null;
                                    start: number;
                                    target: number;
                                    title: string;
                                    unit: string;
                                }[];
                                mayChange: boolean;
                                owner: {
                                    id: number;
                                    name: string;
                                } | null;
                                parentId: number | null;
                                period: string;
                                progress: number | null;
                                team: {
                                    id: number;
                                    name: string;
                                } | null;
                                title: string;
                            }[];
                            period: string | null;
                            periods: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a goal */
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
                        /** @default  */
                        description?: string;
                        ownerPersonId: number | null;
                        /** @description The goal this one rolls up to */
                        parentId: number | null;
                        period: string;
                        /** @description null: an organization goal */
                        teamId: number | null;
                        title: string;
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
                            description: string;
                            id: number;
                            keyResults: {
                                checkins: {
                                    at: string;
                                    by: string;
                                    confidence: number | null;
                                    id: number;
                                    note: string;
                                    value: number | null;
                                }[];
                                confidence: number | null;
                                current: number | null;
                                /** @enum {string} */
                                direction: "increase" | "decrease";
                                goalId: number;
                                id: number;
                                metric: {
                                    from: string;
                                    href: string;
                                    id: string;
                                    label: string;
                                    to: string;
                                } | null;
                                progress: number | null;
                                start: number;
                                target: number;
                                title: string;
                                unit: string;
                            }[];
                            mayChange: boolean;
                            owner: {
                                id: number;
                                name: string;
                            } | null;
                            parentId: number | null;
                            period: string;
                            progress: number | null;
                            team: {
                                id: number;
                                name: string;
                            } | null;
                            title: string;
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
    "/api/v1/strategy/goals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a goal */
        put: {
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
                        /** @default  */
                        description?: string;
                        ownerPersonId: number | null;
                        /** @description The goal this one rolls up to */
                        parentId: number | null;
                        period: string;
                        /** @description null: an organization goal */
                        teamId: number | null;
                        title: string;
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
                            description: string;
                            id: number;
                            keyResults: {
                                checkins: {
                                    at: string;
                                    by: string;
                                    confidence: number | null;
                                    id: number;
                                    note: string;
                                    value: number | null;
                                }[];
                                confidence: number | null;
                                current: number | null;
                                /** @enum {string} */
                                direction: "increase" | "decrease";
                                goalId: number;
                                id: number;
                                metric: {
                                    from: string;
                                    href: string;
                                    id: string;
                                    label: string;
                                    to: string;
                                } | null;
                                progress: number | null;
                                start: number;
                                target: number;
                                title: string;
                                unit: string;
                            }[];
                            mayChange: boolean;
                            owner: {
                                id: number;
                                name: string;
                            } | null;
                            parentId: number | null;
                            period: string;
                            progress: number | null;
                            team: {
                                id: number;
                                name: string;
                            } | null;
                            title: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a goal and its key results (goals below it no longer roll up) */
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
    "/api/v1/strategy/goals/{id}/key-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a key result to a goal */
        post: {
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
                        /** @default null */
                        confidence?: number | null;
                        /** @default null */
                        current?: number | null;
                        /** @enum {string} */
                        direction: "increase" | "decrease";
                        /**
                         * @description Bind to a live figure of the goal’s team (or the organization); its value replaces check-ins
                         * @default null
                         */
                        metric?: ("delivery.lead-time" | "delivery.deployment-frequency" | "delivery.change-failure-rate" | "delivery.recovery-time" | "delivery.pr-cycle-time" | "delivery.review-coverage") | null;
                        start: number;
                        target: number;
                        title: string;
                        /** @default  */
                        unit?: string;
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
                            description: string;
                            id: number;
                            keyResults: {
                                checkins: {
                                    at: string;
                                    by: string;
                                    confidence: number | null;
                                    id: number;
                                    note: string;
                                    value: number | null;
                                }[];
                                confidence: number | null;
                                current: number | null;
                                /** @enum {string} */
                                direction: "increase" | "decrease";
                                goalId: number;
                                id: number;
                                metric: {
                                    from: string;
                                    href: string;
                                    id: string;
                                    label: string;
                                    to: string;
                                } | null;
                                progress: number | null;
                                start: number;
                                target: number;
                                title: string;
                                unit: string;
                            }[];
                            mayChange: boolean;
                            owner: {
                                id: number;
                                name: string;
                            } | null;
                            parentId: number | null;
                            period: string;
                            progress: number | null;
                            team: {
                                id: number;
                                name: string;
                            } | null;
                            title: string;
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
    "/api/v1/strategy/initiatives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The portfolio: every initiative with actuals from delivery data and on spec / on time / on budget */
        get: {
            parameters: {
                query?: {
                    /** @description Only initiatives in this status */
                    status?: "proposed" | "active" | "done" | "cancelled" | "on_hold";
                    /** @description Only initiatives of this team */
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
                            asOf: string;
                            items: {
                                acceptance: {
                                    done: boolean;
                                    id: number;
                                    text: string;
                                }[];
                                actualCost: {
                                    amount: string | null;
                                    /** @description Cloud cost tagged to the initiative, per currency */
                                    cloud: {
                                        amount: string;
                                        currency: string;
                                    }[];
                                    currency: string | null;
                                    /** @description manual: entered by hand; cloud: cloud cost tagged initiative/project with its name */
                                    source: ("manual" | "cloud" | "manual+cloud") | null;
                                };
                                actuals: {
                                    deployed: number;
                                    engineers: number;
                                    engineerWeeks: number;
                                    latestDelivery: string | null;
                                    merged: number;
                                    open: number;
                                    pullRequests: number;
                                    start: string | null;
                                };
                                budget: {
                                    amount: string | null;
                                    currency: string | null;
                                    weeks: number | null;
                                };
                                completedOn: string | null;
                                description: string;
                                goals: {
                                    id: number;
                                    title: string;
                                }[];
                                id: number;
                                links: {
                                    id: number;
                                    /** @enum {string} */
                                    kind: "repository" | "service" | "label" | "pull_request";
                                    value: string;
                                }[];
                                mayChange: boolean;
                                milestones: {
                                    doneOn: string | null;
                                    dueOn: string;
                                    id: number;
                                    name: string;
                                }[];
                                name: string;
                                owner: {
                                    id: number;
                                    name: string;
                                } | null;
                                plannedEnd: string;
                                plannedStart: string;
                                state: {
                                    budget: {
                                        basis: ("engineer-weeks" | "money") | null;
                                        budget: number | null;
                                        burn: number | null;
                                        cpi: number | null;
                                        elapsed: number;
                                        onBudget: boolean | null;
                                        spent: number | null;
                                    };
                                    onTrack: boolean | null;
                                    schedule: {
                                        end: string | null;
                                        forecast: boolean;
                                        onTime: boolean | null;
                                        slipDays: number | null;
                                    };
                                    spec: number | null;
                                };
                                /** @enum {string} */
                                status: "proposed" | "active" | "done" | "cancelled" | "on_hold";
                                teams: {
                                    id: number;
                                    name: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an initiative */
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
                        /** @default [] */
                        acceptance?: {
                            /** @default false */
                            done?: boolean;
                            text: string;
                        }[];
                        /**
                         * @description Entered by hand until the cost domain reports spend per initiative
                         * @default null
                         */
                        actualCostAmount?: string | null;
                        /**
                         * @default {
                         *       "amount": null,
                         *       "currency": null,
                         *       "weeks": null
                         *     }
                         */
                        budget?: {
                            /** @default null */
                            amount?: string | null;
                            /** @default null */
                            currency?: string | null;
                            /**
                             * @description Engineer-weeks
                             * @default null
                             */
                            weeks?: number | null;
                        };
                        /** @default null */
                        completedOn?: string | null;
                        /** @default  */
                        description?: string;
                        /** @default [] */
                        goalIds?: number[];
                        /**
                         * @default {
                         *       "repositories": [],
                         *       "services": [],
                         *       "labels": [],
                         *       "pullRequests": []
                         *     }
                         */
                        links?: {
                            /**
                             * @description pull-request labels
                             * @default []
                             */
                            labels?: string[];
                            /**
                             * @description owner/name#number
                             * @default []
                             */
                            pullRequests?: string[];
                            /**
                             * @description owner/name
                             * @default []
                             */
                            repositories?: string[];
                            /**
                             * @description catalog component names
                             * @default []
                             */
                            services?: string[];
                        };
                        name: string;
                        /** @default null */
                        ownerPersonId?: number | null;
                        /** Format: date */
                        plannedEnd: string;
                        /** Format: date */
                        plannedStart: string;
                        /** @enum {string} */
                        status: "proposed" | "active" | "done" | "cancelled" | "on_hold";
                        /** @default [] */
                        teamIds?: number[];
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
                            acceptance: {
                                done: boolean;
                                id: number;
                                text: string;
                            }[];
                            actualCost: {
                                amount: string | null;
                                /** @description Cloud cost tagged to the initiative, per currency */
                                cloud: {
                                    amount: string;
                                    currency: string;
                                }[];
                                currency: string | null;
                                /** @description manual: entered by hand; cloud: cloud cost tagged initiative/project with its name */
                                source: ("manual" | "cloud" | "manual+cloud") | null;
                            };
                            actuals: {
                                deployed: number;
                                engineers: number;
                                engineerWeeks: number;
                                latestDelivery: string | null;
                                merged: number;
                                open: number;
                                pullRequests: number;
                                start: string | null;
                            };
                            budget: {
                                amount: string | null;
                                currency: string | null;
                                weeks: number | null;
                            };
                            completedOn: string | null;
                            description: string;
                            goals: {
                                id: number;
                                title: string;
                            }[];
                            id: number;
                            links: {
                                id: number;
                                /** @enum {string} */
                                kind: "repository" | "service" | "label" | "pull_request";
                                value: string;
                            }[];
                            mayChange: boolean;
                            milestones: {
                                doneOn: string | null;
                                dueOn: string;
                                id: number;
                                name: string;
                            }[];
                            name: string;
                            owner: {
                                id: number;
                                name: string;
                            } | null;
                            plannedEnd: string;
                            plannedStart: string;
                            pullRequests: {
                                author: string | null;
                                closedAt: string | null;
                                commits: number;
                                createdAt: string;
                                deployedAt: string | null;
                                firstCommitAt: string | null;
                                id: number;
                                labels: string[];
                                mergedAt: string | null;
                                number: number;
                                repository: string;
                                /** @enum {string} */
                                state: "open" | "closed" | "merged";
                                title: string;
                                url: string | null;
                            }[];
                            state: {
                                budget: {
                                    basis: ("engineer-weeks" | "money") | null;
                                    budget: number | null;
                                    burn: number | null;
                                    cpi: number | null;
                                    elapsed: number;
                                    onBudget: boolean | null;
                                    spent: number | null;
                                };
                                onTrack: boolean | null;
                                schedule: {
                                    end: string | null;
                                    forecast: boolean;
                                    onTime: boolean | null;
                                    slipDays: number | null;
                                };
                                spec: number | null;
                            };
                            /** @enum {string} */
                            status: "proposed" | "active" | "done" | "cancelled" | "on_hold";
                            teams: {
                                id: number;
                                name: string;
                            }[];
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
    "/api/v1/strategy/initiatives/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An initiative with the pull requests behind its actual dates and effort */
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
                            acceptance: {
                                done: boolean;
                                id: number;
                                text: string;
                            }[];
                            actualCost: {
                                amount: string | null;
                                /** @description Cloud cost tagged to the initiative, per currency */
                                cloud: {
                                    amount: string;
                                    currency: string;
                                }[];
                                currency: string | null;
                                /** @description manual: entered by hand; cloud: cloud cost tagged initiative/project with its name */
                                source: ("manual" | "cloud" | "manual+cloud") | null;
                            };
                            actuals: {
                                deployed: number;
                                engineers: number;
                                engineerWeeks: number;
                                latestDelivery: string | null;
                                merged: number;
                                open: number;
                                pullRequests: number;
                                start: string | null;
                            };
                            budget: {
                                amount: string | null;
                                currency: string | null;
                                weeks: number | null;
                            };
                            completedOn: string | null;
                            description: string;
                            goals: {
                                id: number;
                                title: string;
                            }[];
                            id: number;
                            links: {
                                id: number;
                                /** @enum {string} */
                                kind: "repository" | "service" | "label" | "pull_request";
                                value: string;
                            }[];
                            mayChange: boolean;
                            milestones: {
                                doneOn: string | null;
                                dueOn: string;
                                id: number;
                                name: string;
                            }[];
                            name: string;
                            owner: {
                                id: number;
                                name: string;
                            } | null;
                            plannedEnd: string;
                            plannedStart: string;
                            pullRequests: {
                                author: string | null;
                                closedAt: string | null;
                                commits: number;
                                createdAt: string;
                                deployedAt: string | null;
                                firstCommitAt: string | null;
                                id: number;
                                labels: string[];
                                mergedAt: string | null;
                                number: number;
                                repository: string;
                                /** @enum {string} */
                                state: "open" | "closed" | "merged";
                                title: string;
                                url: string | null;
                            }[];
                            state: {
                                budget: {
                                    basis: ("engineer-weeks" | "money") | null;
                                    budget: number | null;
                                    burn: number | null;
                                    cpi: number | null;
                                    elapsed: number;
                                    onBudget: boolean | null;
                                    spent: number | null;
                                };
                                onTrack: boolean | null;
                                schedule: {
                                    end: string | null;
                                    forecast: boolean;
                                    onTime: boolean | null;
                                    slipDays: number | null;
                                };
                                spec: number | null;
                            };
                            /** @enum {string} */
                            status: "proposed" | "active" | "done" | "cancelled" | "on_hold";
                            teams: {
                                id: number;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Change an initiative (teams, goals, acceptance items and links are replaced as sent) */
        put: {
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
                        /** @default [] */
                        acceptance?: {
                            /** @default false */
                            done?: boolean;
                            text: string;
                        }[];
                        /**
                         * @description Entered by hand until the cost domain reports spend per initiative
                         * @default null
                         */
                        actualCostAmount?: string | null;
                        /**
                         * @default {
                         *       "amount": null,
                         *       "currency": null,
                         *       "weeks": null
                         *     }
                         */
                        budget?: {
                            /** @default null */
                            amount?: string | null;
                            /** @default null */
                            currency?: string | null;
                            /**
                             * @description Engineer-weeks
                             * @default null
                             */
                            weeks?: number | null;
                        };
                        /** @default null */
                        completedOn?: string | null;
                        /** @default  */
                        description?: string;
                        /** @default [] */
                        goalIds?: number[];
                        /**
                         * @default {
                         *       "repositories": [],
                         *       "services": [],
                         *       "labels": [],
                         *       "pullRequests": []
                         *     }
                         */
                        links?: {
                            /**
                             * @description pull-request labels
                             * @default []
                             */
                            labels?: string[];
                            /**
                             * @description owner/name#number
                             * @default []
                             */
                            pullRequests?: string[];
                            /**
                             * @description owner/name
                             * @default []
                             */
                            repositories?: string[];
                            /**
                             * @description catalog component names
                             * @default []
                             */
                            services?: string[];
                        };
                        name: string;
                        /** @default null */
                        ownerPersonId?: number | null;
                        /** Format: date */
                        plannedEnd: string;
                        /** Format: date */
                        plannedStart: string;
                        /** @enum {string} */
                        status: "proposed" | "active" | "done" | "cancelled" | "on_hold";
                        /** @default [] */
                        teamIds?: number[];
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
                            acceptance: {
                                done: boolean;
                                id: number;
                                text: string;
                            }[];
                            actualCost: {
                                amount: string | null;
                                /** @description Cloud cost tagged to the initiative, per currency */
                                cloud: {
                                    amount: string;
                                    currency: string;
                                }[];
                                currency: string | null;
                                /** @description manual: entered by hand; cloud: cloud cost tagged initiative/project with its name */
                                source: ("manual" | "cloud" | "manual+cloud") | null;
                            };
                            actuals: {
                                deployed: number;
                                engineers: number;
                                engineerWeeks: number;
                                latestDelivery: string | null;
                                merged: number;
                                open: number;
                                pullRequests: number;
                                start: string | null;
                            };
                            budget: {
                                amount: string | null;
                                currency: string | null;
                                weeks: number | null;
                            };
                            completedOn: string | null;
                            description: string;
                            goals: {
                                id: number;
                                title: string;
                            }[];
                            id: number;
                            links: {
                                id: number;
                                /** @enum {string} */
                                kind: "repository" | "service" | "label" | "pull_request";
                                value: string;
                            }[];
                            mayChange: boolean;
                            milestones: {
                                doneOn: string | null;
                                dueOn: string;
                                id: number;
                                name: string;
                            }[];
                            name: string;
                            owner: {
                                id: number;
                                name: string;
                            } | null;
                            plannedEnd: string;
                            plannedStart: string;
                            pullRequests: {
                                author: string | null;
                                closedAt: string | null;
                                commits: number;
                                createdAt: string;
                                deployedAt: string | null;
                                firstCommitAt: string | null;
                                id: number;
                                labels: string[];
                                mergedAt: string | null;
                                number: number;
                                repository: string;
                                /** @enum {string} */
                                state: "open" | "closed" | "merged";
                                title: string;
                                url: string | null;
                            }[];
                            state: {
                                budget: {
                                    basis: ("engineer-weeks" | "money") | null;
                                    budget: number | null;
                                    burn: number | null;
                                    cpi: number | null;
                                    elapsed: number;
                                    onBudget: boolean | null;
                                    spent: number | null;
                                };
                                onTrack: boolean | null;
                                schedule: {
                                    end: string | null;
                                    forecast: boolean;
                                    onTime: boolean | null;
                                    slipDays: number | null;
                                };
                                spec: number | null;
                            };
                            /** @enum {string} */
                            status: "proposed" | "active" | "done" | "cancelled" | "on_hold";
                            teams: {
                                id: number;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete an initiative */
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
    "/api/v1/strategy/initiatives/{id}/acceptance/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Tick or untick an acceptance item */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    itemId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        done: boolean;
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
                            acceptance: {
                                done: boolean;
                                id: number;
                                text: string;
                            }[];
                            actualCost: {
                                amount: string | null;
                                /** @description Cloud cost tagged to the initiative, per currency */
                                cloud: {
                                    amount: string;
                                    currency: string;
                                }[];
                                currency: string | null;
                                /** @description manual: entered by hand; cloud: cloud cost tagged initiative/project with its name */
                                source: ("manual" | "cloud" | "manual+cloud") | null;
                            };
                            actuals: {
                                deployed: number;
                                engineers: number;
                                engineerWeeks: number;
                                latestDelivery: string | null;
                                merged: number;
                                open: number;
                                pullRequests: number;
                                start: string | null;
                            };
                            budget: {
                                amount: string | null;
                                currency: string | null;
                                weeks: number | null;
                            };
                            completedOn: string | null;
                            description: string;
                            goals: {
                                id: number;
                                title: string;
                            }[];
                            id: number;
                            links: {
                                id: number;
                                /** @enum {string} */
                                kind: "repository" | "service" | "label" | "pull_request";
                                value: string;
                            }[];
                            mayChange: boolean;
                            milestones: {
                                doneOn: string | null;
                                dueOn: string;
                                id: number;
                                name: string;
                            }[];
                            name: string;
                            owner: {
                                id: number;
                                name: string;
                            } | null;
                            plannedEnd: string;
                            plannedStart: string;
                            pullRequests: {
                                author: string | null;
                                closedAt: string | null;
                                commits: number;
                                createdAt: string;
                                deployedAt: string | null;
                                firstCommitAt: string | null;
                                id: number;
                                labels: string[];
                                mergedAt: string | null;
                                number: number;
                                repository: string;
                                /** @enum {string} */
                                state: "open" | "closed" | "merged";
                                title: string;
                                url: string | null;
                            }[];
                            state: {
                                budget: {
                                    basis: ("engineer-weeks" | "money") | null;
                                    budget: number | null;
                                    burn: number | null;
                                    cpi: number | null;
                                    elapsed: number;
                                    onBudget: boolean | null;
                                    spent: number | null;
                                };
                                onTrack: boolean | null;
                                schedule: {
                                    end: string | null;
                                    forecast: boolean;
                                    onTime: boolean | null;
                                    slipDays: number | null;
                                };
                                spec: number | null;
                            };
                            /** @enum {string} */
                            status: "proposed" | "active" | "done" | "cancelled" | "on_hold";
                            teams: {
                                id: number;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/strategy/initiatives/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a milestone */
        post: {
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
                        /** @default null */
                        doneOn?: string | null;
                        /** Format: date */
                        dueOn: string;
                        name: string;
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
                            acceptance: {
                                done: boolean;
                                id: number;
                                text: string;
                            }[];
                            actualCost: {
                                amount: string | null;
                                /** @description Cloud cost tagged to the initiative, per currency */
                                cloud: {
                                    amount: string;
                                    currency: string;
                                }[];
                                currency: string | null;
                                /** @description manual: entered by hand; cloud: cloud cost tagged initiative/project with its name */
                                source: ("manual" | "cloud" | "manual+cloud") | null;
                            };
                            actuals: {
                                deployed: number;
                                engineers: number;
                                engineerWeeks: number;
                                latestDelivery: string | null;
                                merged: number;
                                open: number;
                                pullRequests: number;
                                start: string | null;
                            };
                            budget: {
                                amount: string | null;
                                currency: string | null;
                                weeks: number | null;
                            };
                            completedOn: string | null;
                            description: string;
                            goals: {
                                id: number;
                                title: string;
                            }[];
                            id: number;
                            links: {
                                id: number;
                                /** @enum {string} */
                                kind: "repository" | "service" | "label" | "pull_request";
                                value: string;
                            }[];
                            mayChange: boolean;
                            milestones: {
                                doneOn: string | null;
                                dueOn: string;
                                id: number;
                                name: string;
                            }[];
                            name: string;
                            owner: {
                                id: number;
                                name: string;
                            } | null;
                            plannedEnd: string;
                            plannedStart: string;
                            pullRequests: {
                                author: string | null;
                                closedAt: string | null;
                                commits: number;
                                createdAt: string;
                                deployedAt: string | null;
                                firstCommitAt: string | null;
                                id: number;
                                labels: string[];
                                mergedAt: string | null;
                                number: number;
                                repository: string;
                                /** @enum {string} */
                                state: "open" | "closed" | "merged";
                                title: string;
                                url: string | null;
                            }[];
                            state: {
                                budget: {
                                    basis: ("engineer-weeks" | "money") | null;
                                    budget: number | null;
                                    burn: number | null;
                                    cpi: number | null;
                                    elapsed: number;
                                    onBudget: boolean | null;
                                    spent: number | null;
                                };
                                onTrack: boolean | null;
                                schedule: {
                                    end: string | null;
                                    forecast: boolean;
                                    onTime: boolean | null;
                                    slipDays: number | null;
                                };
                                spec: number | null;
                            };
                            /** @enum {string} */
                            status: "proposed" | "active" | "done" | "cancelled" | "on_hold";
                            teams: {
                                id: number;
                                name: string;
                            }[];
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
    "/api/v1/strategy/initiatives/{id}/milestones/{milestoneId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a milestone (set `doneOn` when it is reached) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    milestoneId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        doneOn?: string | null;
                        /** Format: date */
                        dueOn: string;
                        name: string;
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
                            acceptance: {
                                done: boolean;
                                id: number;
                                text: string;
                            }[];
                            actualCost: {
                                amount: string | null;
                                /** @description Cloud cost tagged to the initiative, per currency */
                                cloud: {
                                    amount: string;
                                    currency: string;
                                }[];
                                currency: string | null;
                                /** @description manual: entered by hand; cloud: cloud cost tagged initiative/project with its name */
                                source: ("manual" | "cloud" | "manual+cloud") | null;
                            };
                            actuals: {
                                deployed: number;
                                engineers: number;
                                engineerWeeks: number;
                                latestDelivery: string | null;
                                merged: number;
                                open: number;
                                pullRequests: number;
                                start: string | null;
                            };
                            budget: {
                                amount: string | null;
                                currency: string | null;
                                weeks: number | null;
                            };
                            completedOn: string | null;
                            description: string;
                            goals: {
                                id: number;
                                title: string;
                            }[];
                            id: number;
                            links: {
                                id: number;
                                /** @enum {string} */
                                kind: "repository" | "service" | "label" | "pull_request";
                                value: string;
                            }[];
                            mayChange: boolean;
                            milestones: {
                                doneOn: string | null;
                                dueOn: string;
                                id: number;
                                name: string;
                            }[];
                            name: string;
                            owner: {
                                id: number;
                                name: string;
                            } | null;
                            plannedEnd: string;
                            plannedStart: string;
                            pullRequests: {
                                author: string | null;
                                closedAt: string | null;
                                commits: number;
                                createdAt: string;
                                deployedAt: string | null;
                                firstCommitAt: string | null;
                                id: number;
                                labels: string[];
                                mergedAt: string | null;
                                number: number;
                                repository: string;
                                /** @enum {string} */
                                state: "open" | "closed" | "merged";
                                title: string;
                                url: string | null;
                            }[];
                            state: {
                                budget: {
                                    basis: ("engineer-weeks" | "money") | null;
                                    budget: number | null;
                                    burn: number | null;
                                    cpi: number | null;
                                    elapsed: number;
                                    onBudget: boolean | null;
                                    spent: number | null;
                                };
                                onTrack: boolean | null;
                                schedule: {
                                    end: string | null;
                                    forecast: boolean;
                                    onTime: boolean | null;
                                    slipDays: number | null;
                                };
                                spec: number | null;
                            };
                            /** @enum {string} */
                            status: "proposed" | "active" | "done" | "cancelled" | "on_hold";
                            teams: {
                                id: number;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a milestone */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    milestoneId: number;
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
                            acceptance: {
                                done: boolean;
                                id: number;
                                text: string;
                            }[];
                            actualCost: {
                                amount: string | null;
                                /** @description Cloud cost tagged to the initiative, per currency */
                                cloud: {
                                    amount: string;
                                    currency: string;
                                }[];
                                currency: string | null;
                                /** @description manual: entered by hand; cloud: cloud cost tagged initiative/project with its name */
                                source: ("manual" | "cloud" | "manual+cloud") | null;
                            };
                            actuals: {
                                deployed: number;
                                engineers: number;
                                engineerWeeks: number;
                                latestDelivery: string | null;
                                merged: number;
                                open: number;
                                pullRequests: number;
                                start: string | null;
                            };
                            budget: {
                                amount: string | null;
                                currency: string | null;
                                weeks: number | null;
                            };
                            completedOn: string | null;
                            description: string;
                            goals: {
                                id: number;
                                title: string;
                            }[];
                            id: number;
                            links: {
                                id: number;
                                /** @enum {string} */
                                kind: "repository" | "service" | "label" | "pull_request";
                                value: string;
                            }[];
                            mayChange: boolean;
                            milestones: {
                                doneOn: string | null;
                                dueOn: string;
                                id: number;
                                name: string;
                            }[];
                            name: string;
                            owner: {
                                id: number;
                                name: string;
                            } | null;
                            plannedEnd: string;
                            plannedStart: string;
                            pullRequests: {
                                author: string | null;
                                closedAt: string | null;
                                commits: number;
                                createdAt: string;
                                deployedAt: string | null;
                                firstCommitAt: string | null;
                                id: number;
                                labels: string[];
                                mergedAt: string | null;
                                number: number;
                                repository: string;
                                /** @enum {string} */
                                state: "open" | "closed" | "merged";
                                title: string;
                                url: string | null;
                            }[];
                            state: {
                                budget: {
                                    basis: ("engineer-weeks" | "money") | null;
                                    budget: number | null;
                                    burn: number | null;
                                    cpi: number | null;
                                    elapsed: number;
                                    onBudget: boolean | null;
                                    spent: number | null;
                                };
                                onTrack: boolean | null;
                                schedule: {
                                    end: string | null;
                                    forecast: boolean;
                                    onTime: boolean | null;
                                    slipDays: number | null;
                                };
                                spec: number | null;
                            };
                            /** @enum {string} */
                            status: "proposed" | "active" | "done" | "cancelled" | "on_hold";
                            teams: {
                                id: number;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/strategy/key-result-metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The live figures a key result can be bound to */
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
                                id: string;
                                label: string;
                                unit: string;
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
    "/api/v1/strategy/key-results/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a key result */
        put: {
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
                        /** @default null */
                        confidence?: number | null;
                        /** @default null */
                        current?: number | null;
                        /** @enum {string} */
                        direction: "increase" | "decrease";
                        /**
                         * @description Bind to a live figure of the goal’s team (or the organization); its value replaces check-ins
                         * @default null
                         */
                        metric?: ("delivery.lead-time" | "delivery.deployment-frequency" | "delivery.change-failure-rate" | "delivery.recovery-time" | "delivery.pr-cycle-time" | "delivery.review-coverage") | null;
                        start: number;
                        target: number;
                        title: string;
                        /** @default  */
                        unit?: string;
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
                            description: string;
                            id: number;
                            keyResults: {
                                checkins: {
                                    at: string;
                                    by: string;
                                    confidence: number | null;
                                    id: number;
                                    note: string;
                                    value: number | null;
                                }[];
                                confidence: number | null;
                                current: number | null;
                                /** @enum {string} */
                                direction: "increase" | "decrease";
                                goalId: number;
                                id: number;
                                metric: {
                                    from: string;
                                    href: string;
                                    id: string;
                                    label: string;
                                    to: string;
                                } | null;
                                progress: number | null;
                                start: number;
                                target: number;
                                title: string;
                                unit: string;
                            }[];
                            mayChange: boolean;
                            owner: {
                                id: number;
                                name: string;
                            } | null;
                            parentId: number | null;
                            period: string;
                            progress: number | null;
                            team: {
                                id: number;
                                name: string;
                            } | null;
                            title: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a key result */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            description: string;
                            id: number;
                            keyResults: {
                                checkins: {
                                    at: string;
                                    by: string;
                                    confidence: number | null;
                                    id: number;
                                    note: string;
                                    value: number | null;
                                }[];
                                confidence: number | null;
                                current: number | null;
                                /** @enum {string} */
                                direction: "increase" | "decrease";
                                goalId: number;
                                id: number;
                                metric: {
                                    from: string;
                                    href: string;
                                    id: string;
                                    label: string;
                                    to: string;
                                } | null;
                                progress: number | null;
                                start: number;
                                target: number;
                                title: string;
                                unit: string;
                            }[];
                            mayChange: boolean;
                            owner: {
                                id: number;
                                name: string;
                            } | null;
                            parentId: number | null;
                            period: string;
                            progress: number | null;
                            team: {
                                id: number;
                                name: string;
                            } | null;
                            title: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/strategy/key-results/{id}/checkins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every check-in of a key result, newest first */
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
                                at: string;
                                by: string;
                                confidence: number | null;
                                id: number;
                                note: string;
                                value: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Check in a key result: a value (bound ones record their live value) and/or confidence, with a note */
        post: {
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
                        /** @default null */
                        confidence?: number | null;
                        /** @default  */
                        note?: string;
                        /** @default null */
                        value?: number | null;
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
                            description: string;
                            id: number;
                            keyResults: {
                                checkins: {
                                    at: string;
                                    by: string;
                                    confidence: number | null;
                                    id: number;
                                    note: string;
                                    value: number | null;
                                }[];
                                confidence: number | null;
                                current: number | null;
                                /** @enum {string} */
                                direction: "increase" | "decrease";
                                goalId: number;
                                id: number;
                                metric: {
                                    from: string;
                                    href: string;
                                    id: string;
                                    label: string;
                                    to: string;
                                } | null;
                                progress: number | null;
                                start: number;
                                target: number;
                                title: string;
                                unit: string;
                            }[];
                            mayChange: boolean;
                            owner: {
                                id: number;
                                name: string;
                            } | null;
                            parentId: number | null;
                            period: string;
                            progress: number | null;
                            team: {
                                id: number;
                                name: string;
                            } | null;
                            title: string;
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
    "/api/v1/strategy/radar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole tech radar: quadrants, rings, entries and their dated moves */
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
                            entries: {
                                description: string;
                                /** @description newest first */
                                history: {
                                    date: string;
                                    description: string;
                                    /** @description 1 moved in (towards the centre), -1 moved out, 0 placed or unchanged */
                                    direction: number;
                                    ring: string;
                                    ringId: number;
                                }[];
                                id: number;
                                isNew: boolean;
                                key: string;
                                links: {
                                    title: string;
                                    url: string;
                                }[];
                                moved: number;
                                name: string;
                                quadrant: string;
                                quadrantId: number;
                                ring: string;
                                ringId: number;
                                /** @enum {string} */
                                stance: "adopt" | "trial" | "assess" | "hold";
                                updatedAt: string;
                                url: string | null;
                            }[];
                            quadrants: {
                                id: number;
                                key: string;
                                name: string;
                                position: number;
                            }[];
                            rings: {
                                color: string | null;
                                description: string;
                                id: number;
                                key: string;
                                name: string;
                                position: number;
                                /** @enum {string} */
                                stance: "adopt" | "trial" | "assess" | "hold";
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
    "/api/v1/strategy/radar/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the four quadrants and/or the rings (innermost first; a ring in use cannot be removed) */
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
                        /** @description exactly four, in order: top right, then clockwise */
                        quadrants?: {
                            key?: string;
                            name: string;
                        }[];
                        /** @description innermost first */
                        rings?: {
                            color?: string | null;
                            description?: string;
                            /** @description matches an existing ring; default: from the name */
                            key?: string;
                            name: string;
                            /** @enum {string} */
                            stance: "adopt" | "trial" | "assess" | "hold";
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
                            entries: {
                                description: string;
                                /** @description newest first */
                                history: {
                                    date: string;
                                    description: string;
                                    /** @description 1 moved in (towards the centre), -1 moved out, 0 placed or unchanged */
                                    direction: number;
                                    ring: string;
                                    ringId: number;
                                }[];
                                id: number;
                                isNew: boolean;
                                key: string;
                                links: {
                                    title: string;
                                    url: string;
                                }[];
                                moved: number;
                                name: string;
                                quadrant: string;
                                quadrantId: number;
                                ring: string;
                                ringId: number;
                                /** @enum {string} */
                                stance: "adopt" | "trial" | "assess" | "hold";
                                updatedAt: string;
                                url: string | null;
                            }[];
                            quadrants: {
                                id: number;
                                key: string;
                                name: string;
                                position: number;
                            }[];
                            rings: {
                                color: string | null;
                                description: string;
                                id: number;
                                key: string;
                                name: string;
                                position: number;
                                /** @enum {string} */
                                stance: "adopt" | "trial" | "assess" | "hold";
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
    "/api/v1/strategy/radar/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an entry to the radar (placed in a ring on a date: its first move) */
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
                        /** @description default: today (UTC) */
                        date?: string;
                        description?: string;
                        isNew?: boolean;
                        key?: string;
                        links?: {
                            title: string;
                            /** Format: uri */
                            url: string;
                        }[];
                        name: string;
                        note?: string;
                        quadrantId: number;
                        ringId: number;
                        url?: string | null;
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
                            description: string;
                            /** @description newest first */
                            history: {
                                date: string;
                                description: string;
                                /** @description 1 moved in (towards the centre), -1 moved out, 0 placed or unchanged */
                                direction: number;
                                ring: string;
                                ringId: number;
                            }[];
                            id: number;
                            isNew: boolean;
                            key: string;
                            links: {
                                title: string;
                                url: string;
                            }[];
                            moved: number;
                            name: string;
                            quadrant: string;
                            quadrantId: number;
                            ring: string;
                            ringId: number;
                            /** @enum {string} */
                            stance: "adopt" | "trial" | "assess" | "hold";
                            updatedAt: string;
                            url: string | null;
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
    "/api/v1/strategy/radar/entries/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One radar entry with its links and history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
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
                            description: string;
                            /** @description newest first */
                            history: {
                                date: string;
                                description: string;
                                /** @description 1 moved in (towards the centre), -1 moved out, 0 placed or unchanged */
                                direction: number;
                                ring: string;
                                ringId: number;
                            }[];
                            id: number;
                            isNew: boolean;
                            key: string;
                            links: {
                                title: string;
                                url: string;
                            }[];
                            moved: number;
                            name: string;
                            quadrant: string;
                            quadrantId: number;
                            ring: string;
                            ringId: number;
                            /** @enum {string} */
                            stance: "adopt" | "trial" | "assess" | "hold";
                            updatedAt: string;
                            url: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove an entry and its history from the radar */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
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
        /** Edit an entry (name, quadrant, description, links, new flag); move it to change its ring */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                        isNew?: boolean;
                        links?: {
                            title: string;
                            /** Format: uri */
                            url: string;
                        }[];
                        name?: string;
                        quadrantId?: number;
                        url?: string | null;
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
                            description: string;
                            /** @description newest first */
                            history: {
                                date: string;
                                description: string;
                                /** @description 1 moved in (towards the centre), -1 moved out, 0 placed or unchanged */
                                direction: number;
                                ring: string;
                                ringId: number;
                            }[];
                            id: number;
                            isNew: boolean;
                            key: string;
                            links: {
                                title: string;
                                url: string;
                            }[];
                            moved: number;
                            name: string;
                            quadrant: string;
                            quadrantId: number;
                            ring: string;
                            ringId: number;
                            /** @enum {string} */
                            stance: "adopt" | "trial" | "assess" | "hold";
                            updatedAt: string;
                            url: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/strategy/radar/entries/{key}/moves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an entry to a ring on a date with a note (direction from the rings’ order) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    key: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description default: today (UTC) */
                        date?: string;
                        note?: string;
                        ringId: number;
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
                            description: string;
                            /** @description newest first */
                            history: {
                                date: string;
                                description: string;
                                /** @description 1 moved in (towards the centre), -1 moved out, 0 placed or unchanged */
                                direction: number;
                                ring: string;
                                ringId: number;
                            }[];
                            id: number;
                            isNew: boolean;
                            key: string;
                            links: {
                                title: string;
                                url: string;
                            }[];
                            moved: number;
                            name: string;
                            quadrant: string;
                            quadrantId: number;
                            ring: string;
                            ringId: number;
                            /** @enum {string} */
                            stance: "adopt" | "trial" | "assess" | "hold";
                            updatedAt: string;
                            url: string | null;
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
    "/api/v1/strategy/radar/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The radar as a Backstage tech-radar JSON or a Thoughtworks BYOR CSV (a download)
         * @description Both re-import with `quarterdeck import radar`; formats in docs/import-formats.md.
         */
        get: {
            parameters: {
                query?: {
                    format?: "backstage" | "byor";
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
    "/api/v1/strategy/stack/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hold technologies still in use; adopt technologies missing from repositories of their ecosystem */
        get: {
            parameters: {
                query?: {
                    /** @description npm, go, pypi, maven, docker, github-actions, terraform… (end of life: a product) */
                    ecosystem?: string;
                    /** @description A radar entry key */
                    entry?: string;
                    /** @description A radar ring name or stance: adopt, trial, assess, hold */
                    ring?: string;
                    /** @description A service (catalog component) */
                    serviceId?: number;
                    /** @description A team and every team below it (the repositories of the services it owns) */
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
                            adoptMissing: {
                                candidates: number;
                                ecosystems: string[];
                                key: string;
                                missing: {
                                    id: number;
                                    name: string;
                                    service: string | null;
                                    serviceId: number | null;
                                    team: string | null;
                                    teamId: number | null;
                                }[];
                                name: string;
                                quadrant: string;
                                ring: string;
                                /** @enum {string} */
                                stance: "adopt" | "trial" | "assess" | "hold";
                                using: number;
                            }[];
                            hold: {
                                key: string;
                                name: string;
                                packages: string[];
                                quadrant: string;
                                repositories: {
                                    id: number;
                                    name: string;
                                    service: string | null;
                                    serviceId: number | null;
                                    team: string | null;
                                    teamId: number | null;
                                }[];
                                ring: string;
                                /** @enum {string} */
                                stance: "adopt" | "trial" | "assess" | "hold";
                            }[];
                            holdByTeam: {
                                repositories: number;
                                team: string | null;
                                teamId: number | null;
                                technologies: string[];
                            }[];
                            repositoriesOnHold: number;
                            scanned: number;
                            shareOnHold: number | null;
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
    "/api/v1/strategy/stack/end-of-life": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Runtimes the repositories declare, against the end-of-life dataset (ecosystem= filters a product) */
        get: {
            parameters: {
                query?: {
                    /** @description npm, go, pypi, maven, docker, github-actions, terraform… (end of life: a product) */
                    ecosystem?: string;
                    /** @description A radar entry key */
                    entry?: string;
                    /** @description A radar ring name or stance: adopt, trial, assess, hold */
                    ring?: string;
                    /** @description A service (catalog component) */
                    serviceId?: number;
                    /** @description A team and every team below it (the repositories of the services it owns) */
                    teamId?: number;
                    /** @description The day to judge on (default: today) */
                    today?: string;
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
                            cycles: {
                                cycle: string;
                                eol: string | null;
                                latest: string | null;
                                product: string;
                                repositories: number;
                                /** @enum {string} */
                                status: "ended" | "ending" | "supported" | "unknown";
                            }[];
                            dataset: {
                                imported: string[];
                                snapshot: string;
                                source: string;
                            };
                            repositoriesPastEol: number;
                            today: string;
                            uses: {
                                cycle: string;
                                eol: string | null;
                                file: string;
                                line: number | null;
                                product: string;
                                repository: string;
                                repositoryId: number;
                                service: string | null;
                                /** @enum {string} */
                                status: "ended" | "ending" | "supported" | "unknown";
                                team: string | null;
                                version: string;
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
    "/api/v1/strategy/stack/languages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Language shares by bytes of source files (vendored and generated left out) */
        get: {
            parameters: {
                query?: {
                    /** @description npm, go, pypi, maven, docker, github-actions, terraform… (end of life: a product) */
                    ecosystem?: string;
                    /** @description A radar entry key */
                    entry?: string;
                    /** @description A radar ring name or stance: adopt, trial, assess, hold */
                    ring?: string;
                    /** @description A service (catalog component) */
                    serviceId?: number;
                    /** @description A team and every team below it (the repositories of the services it owns) */
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
                            bytes: number;
                            languages: {
                                bytes: number;
                                files: number;
                                language: string;
                                repositories: number;
                                share: number;
                            }[];
                            repositories: {
                                bytes: number;
                                id: number;
                                main: string;
                                name: string;
                                share: number;
                                team: string | null;
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
    "/api/v1/strategy/stack/mappings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rules mapping packages to radar entries (before the exact-name default) */
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
                            entries: {
                                key: string;
                                name: string;
                                ring: string;
                            }[];
                            rules: {
                                /** @description An ecosystem (npm, go, pypi, maven, docker, github-actions, terraform…) or * for any */
                                ecosystem: string;
                                /** @description The radar entry key the packages stand for */
                                entryKey: string;
                                /** @description Package name glob, case-insensitive: * any characters, ? one */
                                pattern: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Replace the mapping rules (in order; the first matching rule wins) */
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
                            /** @description An ecosystem (npm, go, pypi, maven, docker, github-actions, terraform…) or * for any */
                            ecosystem: string;
                            /** @description The radar entry key the packages stand for */
                            entryKey: string;
                            /** @description Package name glob, case-insensitive: * any characters, ? one */
                            pattern: string;
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
                            entries: {
                                key: string;
                                name: string;
                                ring: string;
                            }[];
                            rules: {
                                /** @description An ecosystem (npm, go, pypi, maven, docker, github-actions, terraform…) or * for any */
                                ecosystem: string;
                                /** @description The radar entry key the packages stand for */
                                entryKey: string;
                                /** @description Package name glob, case-insensitive: * any characters, ? one */
                                pattern: string;
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
    "/api/v1/strategy/stack/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The last scan of each repository and the files it could not read */
        get: {
            parameters: {
                query?: {
                    /** @description npm, go, pypi, maven, docker, github-actions, terraform… (end of life: a product) */
                    ecosystem?: string;
                    /** @description A radar entry key */
                    entry?: string;
                    /** @description A radar ring name or stance: adopt, trial, assess, hold */
                    ring?: string;
                    /** @description A service (catalog component) */
                    serviceId?: number;
                    /** @description A team and every team below it (the repositories of the services it owns) */
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
                            repositories: {
                                files: number;
                                id: number;
                                location: string | null;
                                name: string;
                                parsed: number;
                                scannedAt: string;
                                source: string;
                            }[];
                            warnings: {
                                file: string;
                                line: number | null;
                                message: string;
                                repository: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start a scan of every local clone (a job; only changed manifests are read) */
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
                         * @description Read every manifest again
                         * @default false
                         */
                        full?: boolean;
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
                            jobId: number;
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
    "/api/v1/strategy/stack/technologies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Radar technologies in use, with the repositories, services and teams using them */
        get: {
            parameters: {
                query?: {
                    /** @description npm, go, pypi, maven, docker, github-actions, terraform… (end of life: a product) */
                    ecosystem?: string;
                    /** @description A radar entry key */
                    entry?: string;
                    /** @description A radar ring name or stance: adopt, trial, assess, hold */
                    ring?: string;
                    /** @description A service (catalog component) */
                    serviceId?: number;
                    /** @description A team and every team below it (the repositories of the services it owns) */
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
                            notOnRadar: {
                                ecosystem: string;
                                name: string;
                                repositories: number;
                            }[];
                            scanned: number;
                            technologies: {
                                key: string;
                                name: string;
                                packages: string[];
                                quadrant: string;
                                repositories: number;
                                ring: string;
                                services: string[];
                                /** @enum {string} */
                                stance: "adopt" | "trial" | "assess" | "hold";
                                teams: string[];
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
    "/api/v1/strategy/stack/usages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where a radar entry (entry=) or a package (name=) is used: repository, service, team, file and line */
        get: {
            parameters: {
                query?: {
                    /** @description npm, go, pypi, maven, docker, github-actions, terraform… (end of life: a product) */
                    ecosystem?: string;
                    /** @description A radar entry key */
                    entry?: string;
                    limit?: number;
                    /** @description A package name (with ecosystem=) */
                    name?: string;
                    /** @description A radar ring name or stance: adopt, trial, assess, hold */
                    ring?: string;
                    /** @description A service (catalog component) */
                    serviceId?: number;
                    /** @description A team and every team below it (the repositories of the services it owns) */
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
                            entry: {
                                key: string;
                                name: string;
                                quadrant: string;
                                ring: string;
                                /** @enum {string} */
                                stance: "adopt" | "trial" | "assess" | "hold";
                            } | null;
                            repositories: number;
                            rows: {
                                direct: boolean;
                                ecosystem: string;
                                entry: string | null;
                                file: string;
                                line: number | null;
                                name: string;
                                repository: {
                                    id: number;
                                    name: string;
                                    service: string | null;
                                    serviceId: number | null;
                                    team: string | null;
                                    teamId: number | null;
                                };
                                scope: string | null;
                                /** @enum {string} */
                                source: "manifest" | "sbom";
                                version: string | null;
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
    "/api/v1/strategy/stack/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Version spread of each technology: versions, repositories on each, how far behind the newest seen */
        get: {
            parameters: {
                query?: {
                    /** @description npm, go, pypi, maven, docker, github-actions, terraform… (end of life: a product) */
                    ecosystem?: string;
                    /** @description A radar entry key */
                    entry?: string;
                    /** @description One package */
                    name?: string;
                    /** @description A radar ring name or stance: adopt, trial, assess, hold */
                    ring?: string;
                    /** @description A service (catalog component) */
                    serviceId?: number;
                    /** @description A team and every team below it (the repositories of the services it owns) */
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
                            packages: {
                                distinct: number;
                                ecosystem: string;
                                entry: string | null;
                                majorsBehind: number;
                                name: string;
                                newest: string;
                                repositories: number;
                                versions: {
                                    behind: {
                                        count: number;
                                        unit: ("major" | "minor" | "patch") | null;
                                    };
                                    repositories: number;
                                    version: string;
                                }[];
                            }[];
                            scanned: number;
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
    "/api/v1/strategy/visions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every period’s vision, newest period first, with its review state */
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
                                body: string;
                                objectives: string[];
                                owner: {
                                    id: number;
                                    name: string;
                                } | null;
                                period: string;
                                reviewOn: string | null;
                                /** @enum {string} */
                                state: "current" | "review-due" | "out-of-period";
                                title: string;
                                updatedAt: string;
                                updatedBy: string;
                                version: number;
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
    "/api/v1/strategy/visions/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A period’s vision (markdown) with every saved version and who saved it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    period: string;
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
                            body: string;
                            objectives: string[];
                            owner: {
                                id: number;
                                name: string;
                            } | null;
                            period: string;
                            reviewOn: string | null;
                            /** @enum {string} */
                            state: "current" | "review-due" | "out-of-period";
                            title: string;
                            updatedAt: string;
                            updatedBy: string;
                            version: number;
                            versions: {
                                body: string;
                                objectives: string[];
                                owner: string | null;
                                reviewOn: string | null;
                                savedAt: string;
                                savedBy: string;
                                title: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        /** Save a period’s vision (creates it, or keeps the previous text as a version) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    period: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Markdown */
                        body: string;
                        /** @description Business objectives it serves */
                        objectives: string[];
                        ownerPersonId: number | null;
                        /** @description When the vision is reviewed next */
                        reviewOn: string | null;
                        title: string;
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
                            body: string;
                            objectives: string[];
                            owner: {
                                id: number;
                                name: string;
                            } | null;
                            period: string;
                            reviewOn: string | null;
                            /** @enum {string} */
                            state: "current" | "review-due" | "out-of-period";
                            title: string;
                            updatedAt: string;
                            updatedBy: string;
                            version: number;
                            versions: {
                                body: string;
                                objectives: string[];
                                owner: string | null;
                                reviewOn: string | null;
                                savedAt: string;
                                savedBy: string;
                                title: string;
                                version: number;
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
    "/api/v1/strategy/watch-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The watch list of emerging technology, with owners, status and decisions */
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
                                category: string;
                                decision: string;
                                /** @description the decision record number, for /strategy/decisions/<n> */
                                decisionNumber: number | null;
                                /** @description ADR-0007 */
                                decisionRef: string | null;
                                id: number;
                                name: string;
                                /** @description markdown */
                                notes: string;
                                ownerName: string | null;
                                ownerPersonId: number | null;
                                radarEntryKey: string | null;
                                radarEntryName: string | null;
                                /** @enum {string} */
                                status: "watching" | "assessing" | "decided" | "dropped";
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Put a technology on the watch list */
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
                        category?: string;
                        decision?: string;
                        decisionRef?: string | null;
                        name: string;
                        notes?: string;
                        ownerPersonId?: number | null;
                        radarEntryKey?: string | null;
                        /** @enum {string} */
                        status?: "watching" | "assessing" | "decided" | "dropped";
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
                            category: string;
                            decision: string;
                            /** @description the decision record number, for /strategy/decisions/<n> */
                            decisionNumber: number | null;
                            /** @description ADR-0007 */
                            decisionRef: string | null;
                            id: number;
                            name: string;
                            /** @description markdown */
                            notes: string;
                            ownerName: string | null;
                            ownerPersonId: number | null;
                            radarEntryKey: string | null;
                            radarEntryName: string | null;
                            /** @enum {string} */
                            status: "watching" | "assessing" | "decided" | "dropped";
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
    "/api/v1/strategy/watch-list/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One watch-list item */
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
                            category: string;
                            decision: string;
                            /** @description the decision record number, for /strategy/decisions/<n> */
                            decisionNumber: number | null;
                            /** @description ADR-0007 */
                            decisionRef: string | null;
                            id: number;
                            name: string;
                            /** @description markdown */
                            notes: string;
                            ownerName: string | null;
                            ownerPersonId: number | null;
                            radarEntryKey: string | null;
                            radarEntryName: string | null;
                            /** @enum {string} */
                            status: "watching" | "assessing" | "decided" | "dropped";
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove a watch-list item */
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
        /** Change a watch-list item (status, notes, decision, owner…) */
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
                        category?: string;
                        decision?: string;
                        decisionRef?: string | null;
                        name?: string;
                        notes?: string;
                        ownerPersonId?: number | null;
                        radarEntryKey?: string | null;
                        /** @enum {string} */
                        status?: "watching" | "assessing" | "decided" | "dropped";
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
                            category: string;
                            decision: string;
                            /** @description the decision record number, for /strategy/decisions/<n> */
                            decisionNumber: number | null;
                            /** @description ADR-0007 */
                            decisionRef: string | null;
                            id: number;
                            name: string;
                            /** @description markdown */
                            notes: string;
                            ownerName: string | null;
                            ownerPersonId: number | null;
                            radarEntryKey: string | null;
                            radarEntryName: string | null;
                            /** @enum {string} */
                            status: "watching" | "assessing" | "decided" | "dropped";
                            updatedAt: string;
                        };
                    };
                };
            };
        };
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
                                scopes: ("read" | "write" | "calendar")[];
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
                        scopes: ("read" | "write" | "calendar")[];
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
                            scopes: ("read" | "write" | "calendar")[];
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
