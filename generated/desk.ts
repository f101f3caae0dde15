// This file is generated from spec/desk.yaml by scripts/generate.ts. Do not edit.

export interface paths {
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List accounts
         * @description Scope `Desk.contacts.READ`. 204 when there is none *(204 unverified for this list)*.
         */
        get: operations["listAccounts"];
        put?: never;
        /**
         * Create an account
         * @description Needs `accountName`. Scope `Desk.contacts.CREATE`.
         */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /** Get an account */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update an account */
        patch: operations["updateAccount"];
        trace?: never;
    };
    "/api/v1/accounts/moveToTrash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move accounts to the recycle bin
         * @description Scope `Desk.contacts.DELETE`.
         */
        post: operations["trashAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search accounts
         * @description As `searchTickets`. Scopes `Desk.search.READ` and `Desk.contacts.READ`. 204 when nothing matches.
         */
        get: operations["searchAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List contacts
         * @description Scope `Desk.contacts.READ`. 204 when there is none *(204 unverified for this list)*.
         */
        get: operations["listContacts"];
        put?: never;
        /**
         * Create a contact
         * @description Needs `lastName`. Scope `Desk.contacts.CREATE`.
         */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        /** Get a contact */
        get: operations["getContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a contact */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/api/v1/contacts/moveToTrash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move contacts to the recycle bin
         * @description Scope `Desk.contacts.DELETE`.
         */
        post: operations["trashContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search contacts
         * @description As `searchTickets`. Scopes `Desk.search.READ` and `Desk.contacts.READ`. 204 when nothing matches.
         */
        get: operations["searchContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the departments of the organization
         * @description Creating a ticket needs a `departmentId`; this is where it comes from. Scope
         *     `Desk.basic.READ`. 204 when there is none *(204 unverified for this list)*.
         */
        get: operations["listDepartments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the organizations of the user
         * @description The one call that takes no `orgId` header.
         */
        get: operations["listOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tickets
         * @description Scope `Desk.tickets.READ`. 204 when there is no ticket.
         */
        get: operations["listTickets"];
        put?: never;
        /**
         * Create a ticket
         * @description Needs `subject`, `departmentId`, and either `contactId` or a `contact` (with at
         *     least `lastName` and `email`; it is created if no contact has that email).
         *     Scope `Desk.tickets.CREATE`.
         */
        post: operations["createTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{ticketId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: components["parameters"]["TicketId"];
            };
            cookie?: never;
        };
        /** Get a ticket */
        get: operations["getTicket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a ticket
         * @description Only the fields sent are changed. Scope `Desk.tickets.UPDATE`.
         */
        patch: operations["updateTicket"];
        trace?: never;
    };
    "/api/v1/tickets/{ticketId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ticketId: components["parameters"]["TicketId"];
            };
            cookie?: never;
        };
        /**
         * List the comments of a ticket
         * @description Scope `Desk.tickets.READ`. 204 when there is none *(204 unverified for this list)*.
         */
        get: operations["listTicketComments"];
        put?: never;
        /**
         * Comment on a ticket
         * @description Scope `Desk.tickets.UPDATE`.
         */
        post: operations["createTicketComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{ticketId}/comments/{commentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one comment of a ticket */
        get: operations["getTicketComment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{ticketId}/threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the threads (conversations) of a ticket
         * @description The list holds summaries; `getTicketThread` returns a thread's content. Scope
         *     `Desk.tickets.READ`. 204 when there is none *(204 unverified for this list)*.
         */
        get: operations["listTicketThreads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{ticketId}/threads/{threadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a thread of a ticket, with its content
         * @description Path from Zoho's Desk SDK; not in Zoho's published OpenAPI files.
         */
        get: operations["getTicketThread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/moveToTrash": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move tickets to the recycle bin
         * @description Scope `Desk.tickets.DELETE`.
         */
        post: operations["trashTickets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search tickets
         * @description Field filters are exact matches unless noted; a wildcard match is asked for with a
         *     trailing `*` (e.g. `subject=refund*`). `${empty}` / `${notEmpty}` test for empty
         *     values where noted. Values separated by commas match any of them. Custom fields are
         *     searched with `customField1=cf_name:value` *(further customFieldN keys unverified)*.
         *     Scopes `Desk.search.READ` and `Desk.tickets.READ`. 204 when nothing matches.
         */
        get: operations["searchTickets"];
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
    schemas: {
        Account: {
            accountName?: string | null;
            annualrevenue?: string | null;
            associatedSLAIds?: components["schemas"]["Id"][];
            cf?: components["schemas"]["CustomFieldValues"];
            city?: string | null;
            code?: string | null;
            country?: string | null;
            createdTime?: components["schemas"]["Timestamp"];
            customerHappiness?: components["schemas"]["CustomerHappiness"];
            customFields?: {
                [key: string]: unknown;
            };
            description?: string | null;
            email?: string | null;
            fax?: string | null;
            id: components["schemas"]["Id"];
            industry?: string | null;
            isDeleted?: boolean;
            isFollowing?: boolean;
            isTrashed?: boolean;
            layoutId?: string | null;
            modifiedTime?: components["schemas"]["Timestamp"];
            owner?: components["schemas"]["UserRef"] | null;
            ownerId?: string | null;
            phone?: string | null;
            state?: string | null;
            street?: string | null;
            website?: string | null;
            webUrl?: string | null;
            zohoCRMAccount?: {
                id?: string;
            } | null;
        };
        AccountCreate: components["schemas"]["AccountFields"] & {
            accountName: string;
        };
        /** @description The writable fields of an account. */
        AccountFields: {
            accountName?: string;
            /** @description Spelled this way by Zoho. */
            annualrevenue?: string;
            cf?: components["schemas"]["CustomFieldValues"];
            city?: string;
            /** @description Zip code. */
            code?: string;
            country?: string;
            description?: string;
            email?: string;
            fax?: string;
            industry?: string;
            ownerId?: components["schemas"]["Id"];
            phone?: string;
            state?: string;
            street?: string;
            website?: string;
        };
        Attachment: {
            /** @description URL to download the file. */
            href?: string | null;
            id?: components["schemas"]["Id"];
            name?: string | null;
            previewurl?: string | null;
            size?: string | number | null;
        };
        Comment: {
            attachments?: components["schemas"]["Attachment"][];
            commentedTime?: components["schemas"]["Timestamp"];
            commenter?: components["schemas"]["UserRef"];
            commenterId?: components["schemas"]["Id"];
            content?: string;
            /** @enum {string} */
            contentType?: "plainText" | "html";
            encodedContent?: string | null;
            id: components["schemas"]["Id"];
            impersonatedUser?: components["schemas"]["UserRef"] | null;
            isPublic?: boolean;
            modifiedTime?: components["schemas"]["Timestamp"];
        };
        CommentCreate: {
            /** @description Ids of files uploaded beforehand with Desk's upload API. */
            attachmentIds?: components["schemas"]["Id"][];
            content: string;
            /**
             * @description Default plainText.
             * @enum {string}
             */
            contentType?: "plainText" | "html";
            /** @description Visible to the customer. */
            isPublic?: boolean;
        };
        Contact: {
            /** @description With `include=accounts`. */
            account?: {
                accountName?: string | null;
                id?: components["schemas"]["Id"];
                website?: string | null;
            } | null;
            accountCount?: components["schemas"]["Count"];
            accountId?: string | null;
            cf?: components["schemas"]["CustomFieldValues"];
            city?: string | null;
            country?: string | null;
            createdTime?: components["schemas"]["Timestamp"];
            customerHappiness?: components["schemas"]["CustomerHappiness"];
            customFields?: {
                [key: string]: unknown;
            };
            description?: string | null;
            email?: string | null;
            facebook?: string | null;
            firstName?: string | null;
            id: components["schemas"]["Id"];
            isAnonymous?: boolean;
            isDeleted?: boolean;
            isEndUser?: boolean;
            isFollowing?: boolean;
            isSpam?: boolean;
            isTrashed?: boolean;
            lastName?: string | null;
            layoutId?: string | null;
            mobile?: string | null;
            modifiedTime?: components["schemas"]["Timestamp"];
            owner?: components["schemas"]["UserRef"] | null;
            ownerId?: string | null;
            phone?: string | null;
            photoURL?: string | null;
            secondaryEmail?: string | null;
            state?: string | null;
            street?: string | null;
            title?: string | null;
            twitter?: string | null;
            type?: string | null;
            webUrl?: string | null;
            zip?: string | null;
            /** @description The linked Zoho CRM record. */
            zohoCRMContact?: {
                id?: string;
                /** @description new, potentials, customers, contacts or leads. */
                type?: string;
            } | null;
        };
        ContactCreate: components["schemas"]["ContactFields"] & {
            lastName: string;
        };
        /** @description The writable fields of a contact. */
        ContactFields: {
            accountId?: components["schemas"]["Id"];
            cf?: components["schemas"]["CustomFieldValues"];
            city?: string;
            country?: string;
            description?: string;
            email?: string;
            facebook?: string;
            firstName?: string;
            lastName?: string;
            mobile?: string;
            ownerId?: components["schemas"]["Id"];
            phone?: string;
            secondaryEmail?: string;
            state?: string;
            street?: string;
            title?: string;
            twitter?: string;
            /** @description Contact type. */
            type?: string;
            zip?: string;
        };
        /** @description A count; Desk sends counts as strings (e.g. "12") *(integers also accepted)*. */
        Count: string | number;
        CustomerHappiness: {
            badPercentage?: components["schemas"]["Count"];
            goodPercentage?: components["schemas"]["Count"];
            okPercentage?: components["schemas"]["Count"];
        };
        /** @description Custom fields by API name (`cf_<name>`) → value (null when empty). */
        CustomFieldValues: {
            [key: string]: string | number | boolean | null;
        };
        Department: {
            /** @description AVAILABLE, DISABLED... */
            chatStatus?: string | null;
            createdTime?: components["schemas"]["Timestamp"];
            creatorId?: string | null;
            description?: string | null;
            hasLogo?: boolean;
            id: components["schemas"]["Id"];
            isAssignToTeamEnabled?: boolean;
            isDefault?: boolean;
            isEnabled?: boolean;
            isVisibleInCustomerPortal?: boolean;
            name?: string;
            nameInCustomerPortal?: string | null;
            sanitizedName?: string | null;
        };
        DeskError: {
            /** @description LICENSE_ACCESS_LIMITED: FREE, EXPRESS, STANDARD, PROFESSIONAL or ENTERPRISE. */
            editionType?: string;
            errorCode: components["schemas"]["DeskErrorCode"];
            /** @description The faulty fields (INVALID_DATA, UNPROCESSABLE_ENTITY). */
            errors?: {
                errorMessage?: string;
                /** @enum {string} */
                errorType: "invalid" | "duplicate" | "missing";
                /** @description A JSON pointer, e.g. "/contactId". */
                fieldName: string;
            }[];
            /** @description LICENSE_ACCESS_LIMITED: AGENTS, LIGHT_AGENTS or TEAM. */
            feature?: string;
            isTrial?: boolean;
            maxAllowedEntity?: string;
            message: string;
        };
        /**
         * @description Machine-readable error code (Zoho's list): BAD_REQUEST, UNAUTHORIZED (invalid
         *     authentication), INVALID_OAUTH (invalid or expired token), SCOPE_MISMATCH,
         *     OAUTH_ORG_MISMATCH (token made for another organization), FORBIDDEN,
         *     LICENSE_ACCESS_LIMITED (edition limit; adds `feature`, `editionType`,
         *     `maxAllowedEntity`, `isTrial`), URL_NOT_FOUND, METHOD_NOT_ALLOWED,
         *     RESOURCE_SIZE_EXCEEDED, UNSUPPORTED_MEDIA_TYPE, INVALID_DATA (with `errors`),
         *     EMPTY_PAYLOAD, UNPROCESSABLE_ENTITY, ONLY_LIVECHAT_USER, DUPLICATE_CONTRACT,
         *     INTEGRATION_ADMIN_ERROR, THRESHOLD_EXCEEDED (daily API credits), TOO_MANY_REQUESTS
         *     (rate or concurrency limit), INTERNAL_SERVER_ERROR. `RESOURCE_NOT_FOUND` appears in
         *     some Desk answers but not in Zoho's list *(unverified)*.
         * @example INVALID_OAUTH
         */
        DeskErrorCode: string;
        /** @description A Desk id (a long integer, sent and received as a string). */
        Id: string;
        Organization: {
            alias?: string | null;
            city?: string | null;
            companyName?: string | null;
            country?: string | null;
            currencyCode?: string | null;
            currencyLocale?: string | null;
            currencySymbol?: string | null;
            description?: string | null;
            /** @description E.g. FREE, EXPRESS, PROFESSIONAL, ENTERPRISE, ZOHOONE. */
            edition?: string;
            employeeCount?: components["schemas"]["Count"];
            faviconURL?: string | null;
            fax?: string | null;
            id: components["schemas"]["Id"];
            isAdminInOrg?: boolean;
            isDefault?: boolean;
            isPayloadEncryptionEnabled?: boolean;
            isSandboxPortal?: boolean;
            logoURL?: string | null;
            mobile?: string | null;
            phoneNumber?: string | null;
            portalName?: string | null;
            portalURL?: string | null;
            primaryContact?: string | null;
            state?: string | null;
            street?: string | null;
            website?: string | null;
            zip?: string | null;
        };
        Thread: {
            attachmentCount?: components["schemas"]["Count"];
            attachments?: components["schemas"]["Attachment"][];
            author?: components["schemas"]["UserRef"] | null;
            bcc?: string | null;
            canReply?: boolean;
            cc?: string | null;
            /** @description EMAIL, FACEBOOK, TWITTER, FORUMS, PHONE, WEB, ONLINE_CHAT, OFFLINE_CHAT, CUSTOMERPORTAL, FEEDBACK... */
            channel?: string;
            /** @description Only in `getTicketThread`. */
            content?: string | null;
            /** @description E.g. text/html, text/plain. */
            contentType?: string | null;
            createdTime?: components["schemas"]["Timestamp"];
            /** @enum {string} */
            direction?: "in" | "out";
            fromEmailAddress?: string | null;
            fullContentURL?: string | null;
            hasAttach?: boolean;
            id: components["schemas"]["Id"];
            isContentTruncated?: boolean;
            /** @description The thread that created the ticket. */
            isDescriptionThread?: boolean;
            isForward?: boolean;
            replyTo?: string | null;
            responderId?: string | null;
            /** @description SUCCESS, PENDING, FAILED or DRAFT. */
            status?: string;
            /** @description Start of the content (lists). */
            summary?: string | null;
            to?: string | null;
            /** @enum {string} */
            visibility?: "public" | "private";
        };
        Ticket: {
            accountId?: string | null;
            /** @description With `include=assignee`. */
            assignee?: components["schemas"]["UserRef"] | null;
            assigneeId?: string | null;
            attachmentCount?: components["schemas"]["Count"];
            category?: string | null;
            cf?: components["schemas"]["CustomFieldValues"];
            channel?: string | null;
            channelCode?: string | null;
            classification?: string | null;
            closedTime?: components["schemas"]["Timestamp"];
            commentCount?: components["schemas"]["Count"];
            /** @description With `include=contacts`. */
            contact?: {
                account?: {
                    accountName?: string | null;
                    id?: components["schemas"]["Id"];
                    website?: string | null;
                } | null;
                email?: string | null;
                firstName?: string | null;
                id?: components["schemas"]["Id"];
                isSpam?: boolean;
                lastName?: string | null;
                mobile?: string | null;
                phone?: string | null;
                type?: string | null;
            } | null;
            contactId?: string | null;
            createdTime?: components["schemas"]["Timestamp"];
            customerResponseTime?: components["schemas"]["Timestamp"];
            /** @description Custom fields by display label. */
            customFields?: {
                [key: string]: unknown;
            };
            /** @description With `include=departments`. */
            department?: {
                id?: components["schemas"]["Id"];
                name?: string;
            } | null;
            departmentId?: string | null;
            /** @description Only in the full ticket, not in lists. */
            description?: string | null;
            dueDate?: components["schemas"]["Timestamp"];
            email?: string | null;
            id: components["schemas"]["Id"];
            isArchived?: boolean;
            isEscalated?: boolean;
            isOverDue?: boolean;
            /** @description With `include=isRead`. */
            isRead?: boolean;
            isSpam?: boolean;
            language?: string | null;
            layoutId?: string | null;
            modifiedBy?: string | null;
            modifiedTime?: components["schemas"]["Timestamp"];
            onholdTime?: components["schemas"]["Timestamp"];
            phone?: string | null;
            priority?: string | null;
            /** @description With `include=products`. */
            product?: {
                id?: components["schemas"]["Id"];
                productName?: string;
            } | null;
            productId?: string | null;
            resolution?: string | null;
            responseDueDate?: components["schemas"]["Timestamp"];
            secondaryContacts?: components["schemas"]["Id"][];
            sentiment?: string | null;
            status?: string | null;
            /** @description Open, Closed or On Hold. */
            statusType?: string | null;
            subCategory?: string | null;
            subject?: string | null;
            taskCount?: components["schemas"]["Count"];
            /** @description With `include=team`. */
            team?: {
                id?: components["schemas"]["Id"];
                logoUrl?: string | null;
                name?: string;
            } | null;
            teamId?: string | null;
            threadCount?: components["schemas"]["Count"];
            /** @description The human-facing number, e.g. "101". */
            ticketNumber?: string;
            /** @description The ticket in the Desk web UI. */
            webUrl?: string | null;
        };
        TicketCreate: components["schemas"]["TicketFields"] & {
            /** @description The person raising the ticket, when there is no `contactId`. */
            contact?: {
                email: string;
                firstName?: string;
                lastName: string;
                mobile?: string;
                phone?: string;
            };
            departmentId: components["schemas"]["Id"];
            subject: string;
        };
        /** @description The writable fields of a ticket. */
        TicketFields: {
            assigneeId?: components["schemas"]["Id"];
            category?: string;
            cf?: components["schemas"]["CustomFieldValues"];
            /** @description E.g. Email, Phone, Web, Chat, Forums, Twitter, Facebook. */
            channel?: string;
            /** @description Problem, Request, Question or Others. */
            classification?: string;
            contactId?: components["schemas"]["Id"];
            departmentId?: components["schemas"]["Id"];
            /** @description The ticket's first message (HTML allowed). */
            description?: string;
            /** @description ISO 8601 date-time. */
            dueDate?: string;
            email?: string;
            entitySkills?: components["schemas"]["Id"][];
            language?: string;
            phone?: string;
            /** @description E.g. High, Medium, Low. */
            priority?: string;
            productId?: components["schemas"]["Id"];
            resolution?: string;
            secondaryContacts?: components["schemas"]["Id"][];
            /** @description E.g. Open, On Hold, Escalated, Closed, or a custom status. */
            status?: string;
            subCategory?: string;
            subject?: string;
            teamId?: components["schemas"]["Id"];
        };
        TicketList: {
            data: components["schemas"]["Ticket"][];
        };
        TicketUpdate: components["schemas"]["TicketFields"];
        /** @description ISO 8601 date-time in UTC, e.g. "2016-06-21T16:16:16.000Z". */
        Timestamp: string | null;
        /** @description An agent or user, as embedded in other objects. */
        UserRef: {
            email?: string | null;
            firstName?: string | null;
            id?: components["schemas"]["Id"];
            lastName?: string | null;
            name?: string | null;
            photoURL?: string | null;
            roleName?: string | null;
            /** @description END_USER, AGENT, TEAM, TICKET or ACTIVITY. */
            type?: string;
        };
    };
    responses: {
        /** @description No content (an empty list or search result, or a done action). */
        Empty: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /**
         * @description The Desk error object. 400 bad request, 401 `INVALID_OAUTH` / `UNAUTHORIZED`,
         *     403 `FORBIDDEN` / `SCOPE_MISMATCH` / `LICENSE_ACCESS_LIMITED`, 404 `URL_NOT_FOUND`,
         *     405, 413, 415, 422 `INVALID_DATA` / `UNPROCESSABLE_ENTITY` (with `errors`), 429
         *     `TOO_MANY_REQUESTS` / `THRESHOLD_EXCEEDED`, 500 `INTERNAL_SERVER_ERROR`.
         */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DeskError"];
            };
        };
    };
    parameters: {
        AccountId: string;
        ContactId: string;
        /** @description `from,to` as ISO date-times (yyyy-MM-ddThh:mm:ss.SSSZ). */
        CreatedTimeRange: string;
        /** @description Index of the first item to return. */
        From: number;
        /** @description Items per page, 1 to 100. */
        Limit: number;
        /** @description `from,to` as ISO date-times. */
        ModifiedTimeRange: string;
        /** @description The Desk organization id (`id` from `listOrganizations`). */
        OrgId: string;
        /** @description Wildcard search across all the searchable fields of the module. */
        SearchAll: string;
        /** @description Index of the first result, from 0. Default 0. */
        SearchFrom: number;
        /** @description Results per page, 1 to 100. Default 10. */
        SearchLimit: number;
        TicketId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAccounts: {
        parameters: {
            query?: {
                /** @description Index of the first item to return. */
                from?: components["parameters"]["From"];
                /** @description Items per page, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                sortBy?: "accountName" | "-accountName" | "email" | "-email" | "phone" | "-phone" | "website" | "-website" | "createdTime" | "-createdTime" | "modifiedTime" | "-modifiedTime";
            };
            header: {
                /** @description The Desk organization id (`id` from `listOrganizations`). */
                orgId: components["parameters"]["OrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description A page of accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Account"][];
                    };
                };
            };
            204: components["responses"]["Empty"];
        };
    };
    createAccount: {
        parameters: {
            query?: never;
            header: {
                /** @description The Desk organization id (`id` from `listOrganizations`). */
                orgId: components["parameters"]["OrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountCreate"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The created account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
        };
    };
    getAccount: {
        parameters: {
            query?: {
                include?: "owner";
            };
            header: {
                /** @description The Desk organization id (`id` from `listOrganizations`). */
                orgId: components["parameters"]["OrgId"];
            };
            path: {
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
        };
    };
    updateAccount: {
        parameters: {
            query?: never;
            header: {
                /** @description The Desk organization id (`id` from `listOrganizations`). */
                orgId: components["parameters"]["OrgId"];
            };
            path: {
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountFields"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The updated account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
        };
    };
    trashAccounts: {
        parameters: {
            query?: never;
            header: {
                /** @description The Desk organization id (`id` from `listOrganizations`). */
                orgId: components["parameters"]["OrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accountIds: components["schemas"]["Id"][];
                };
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            204: components["responses"]["Empty"];
        };
    };
    searchAccounts: {
        parameters: {
            query?: {
                /** @description Wildcard search across all the searchable fields of the module. */
                _all?: components["parameters"]["SearchAll"];
                accountName?: string;
                /** @description `from,to` as ISO date-times (yyyy-MM-ddThh:mm:ss.SSSZ). */
                createdTimeRange?: components["parameters"]["CreatedTimeRange"];
                /** @description Index of the first result, from 0. Default 0. */
                from?: components["parameters"]["SearchFrom"];
                id?: components["schemas"]["Id"];
                /** @description Results per page, 1 to 100. Default 10. */
                limit?: components["parameters"]["SearchLimit"];
                /** @description `from,to` as ISO date-times. */
                modifiedTimeRange?: components["parameters"]["ModifiedTimeRange"];
                sortBy?: "relevance" | "modifiedTime" | "-modifiedTime" | "createdTime" | "-createdTime" | "accountName" | "-accountName";
            };
            header: {
                /** @description The Desk organization id (`id` from `listOrganizations`). */
                orgId: components["parameters"]["OrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The matching accounts and their total count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: components["schemas"]["Count"];
                        data: components["schemas"]["Account"][];
                    };
                };
            };
            204: components["responses"]["Empty"];
        };
    };
    listContacts: {
        parameters: {
            query?: {
                /** @description Index of the first item to return. */
                from?: components["parameters"]["From"];
                include?: "accounts";
                /** @description Items per page, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                sortBy?: "firstName" | "-firstName" | "lastName" | "-lastName" | "phone" | "-phone" | "email" | "-email" | "account" | "-account" | "createdTime" | "-createdTime" | "modifiedTime" | "-modifiedTime";
                /** @description A contact view (custom view) to list. */
                viewId?: components["schemas"]["Id"];
            };
            header: {
                /** @description The Desk organization id (`id` from `listOrganizations`). */
                orgId: components["parameters"]["OrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description A page of contacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Contact"][];
                    };
                };
            };
            204: components["responses"]["Empty"];
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header: {
                /** @description The Desk organization id (`id` from `listOrganizations`). */
                orgId: components["parameters"]["OrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactCreate"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The created contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
        };
    };
    getContact: {
        parameters: {
            query?: {
                include?: string;
            };
            header: {
                /** @description The Desk organization id (`id` from `listOrganizations`). */
                orgId: components["parameters"]["OrgId"];
            };
            path: {
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header: {
                /** @description The Desk organization id (`id` from `listOrganizations`). */
                orgId: components["parameters"]["OrgId"];
            };
            path: {
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactFields"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The updated contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
        };
    };
    trashContacts: {
        parameters: {
            query?: never;
            header: {
                /** @description The Desk organization id (`id` from `listOrganizations`). */
                orgId: components["parameters"]["OrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contactIds: components["schemas"]["Id"][];
                };
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            204: components["responses"]["Empty"];
        };
    };
    searchContacts: {
        parameters: {
            query?: {
                /** @description Wildcard search across all the searchable fields of the module. */
                _all?: components["parameters"]["SearchAll"];
                accountName?: string;
                /** @description `from,to` as ISO date-times (yyyy-MM-ddThh:mm:ss.SSSZ). */
                createdTimeRange?: components["parameters"]["CreatedTimeRange"];
                /** @description Wildcard search; `${empty}` / `${notEmpty}` allowed. */
                email?: string;
                firstName?: string;
                /** @description Index of the first result, from 0. Default 0. */
                from?: components["parameters"]["SearchFrom"];
                fullName?: string;
                id?: components["schemas"]["Id"];
                lastName?: string;
                /** @description Results per page, 1 to 100. Default 10. */
                limit?: components["parameters"]["SearchLimit"];
                /** @description Wildcard search (a leading `*` too). */
                mobile?: string;
                /** @description `from,to` as ISO date-times. */
                modifiedTimeRange?: components["parameters"]["ModifiedTimeRange"];
                /** @description Wildcard search (a leading `*` too). */
                phone?: string;
                sortBy?: "relevance" | "modifiedTime" | "-modifiedTime" | "createdTime" | "-createdTime" | "lastName" | "-lastName" | "firstName" | "-firstName";
            };
            header: {
                /** @description The Desk organization id (`id` from `listOrganizations`). */
                orgId: components["parameters"]["OrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The matching contacts and their total count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: components["schemas"]["Count"];
                        data: components["schemas"]["Contact"][];
                    };
                };
            };
            204: components["responses"]["Empty"];
        };
    };
    listDepartments: {
        parameters: {
            query?: {
                /** @description Index of the first item to return. */
                from?: components["parameters"]["From"];
                /** @description Only enabled (`true`) or disabled (`false`) departments. */
                isEnabled?: boolean;
                /** @description Departments per page; Zoho documents 1 to 200 here *(unverified; 100 is safe)*. */
                limit?: number;
                /** @description Departments whose name starts with this text. */
                searchStr?: string;
            };
            header: {
                /** @description The Desk organization id (`id` from `listOrganizations`). */
                orgId: components["parameters"]["OrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description A page of departments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Department"][];
                    };
                };
            };
            204: components["responses"]["Empty"];
        };
    };
    listOrganizations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The organizations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Organization"][];
                    };
                };
            };
        };
    };
    listTickets: {
        parameters: {
            query?: {
                /** @description `Unassigned`, or agent ids separated by commas. */
                assignee?: string;
                /** @description Channels separated by commas. */
                channel?: string;
                closedTime?: "today" | "yesterday" | "currentWeek" | "currentMonth" | "last3days" | "last7days" | "last15days" | "last30days";
                /** @description Only the tickets of this department. */
                departmentId?: components["schemas"]["Id"];
                dueDate?: "overdue" | "tomorrow" | "currentWeek" | "currentMonth" | "today";
                /** @description Index of the first item to return. */
                from?: components["parameters"]["From"];
                /** @description Related objects to embed, separated by commas. */
                include?: string;
                /** @description Items per page, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description Only tickets with a customer response in the last 15, 30 or 90 days. */
                receivedInDays?: "15" | "30" | "90";
                /** @description Sort key; a leading `-` sorts descending. */
                sortBy?: "dueDate" | "-dueDate" | "createdTime" | "-createdTime" | "recentThread" | "-recentThread";
                /** @description Statuses separated by commas (custom statuses included). */
                status?: string;
                /** @description Team ids separated by commas. */
                teamIds?: string;
            };
            header: {
                /** @description The Desk organization id (`id` from `listOrganizations`). */
                orgId: components["parameters"]["OrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description A page of tickets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketList"];
                };
            };
            204: components["responses"]["Empty"];
        };
    };
    createTicket: {
        parameters: {
            query?: never;
            header: {
                /** @description The Desk organization id (`id` from `listOrganizations`). */
                orgId: components["parameters"]["OrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketCreate"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The created ticket. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
        };
    };
    getTicket: {
        parameters: {
            query?: {
                /** @description Related objects to embed, separated by commas. */
                include?: string;
            };
            header: {
                /** @description The Desk organization id (`id` from `listOrganizations`). */
                orgId: components["parameters"]["OrgId"];
            };
            path: {
                ticketId: components["parameters"]["TicketId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The ticket. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
        };
    };
    updateTicket: {
        parameters: {
            query?: never;
            header: {
                /** @description The Desk organization id (`id` from `listOrganizations`). */
                orgId: components["parameters"]["OrgId"];
            };
            path: {
                ticketId: components["parameters"]["TicketId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketUpdate"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The updated ticket. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
        };
    };
    listTicketComments: {
        parameters: {
            query?: {
                /** @description Index of the first item to return. */
                from?: components["parameters"]["From"];
                include?: "mentions";
                /** @description Items per page, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                sortBy?: "commentedTime" | "-commentedTime";
            };
            header: {
                /** @description The Desk organization id (`id` from `listOrganizations`). */
                orgId: components["parameters"]["OrgId"];
            };
            path: {
                ticketId: components["parameters"]["TicketId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description A page of comments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Comment"][];
                    };
                };
            };
            204: components["responses"]["Empty"];
        };
    };
    createTicketComment: {
        parameters: {
            query?: never;
            header: {
                /** @description The Desk organization id (`id` from `listOrganizations`). */
                orgId: components["parameters"]["OrgId"];
            };
            path: {
                ticketId: components["parameters"]["TicketId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentCreate"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The comment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
        };
    };
    getTicketComment: {
        parameters: {
            query?: never;
            header: {
                /** @description The Desk organization id (`id` from `listOrganizations`). */
                orgId: components["parameters"]["OrgId"];
            };
            path: {
                commentId: components["schemas"]["Id"];
                ticketId: components["parameters"]["TicketId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The comment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
        };
    };
    listTicketThreads: {
        parameters: {
            query?: {
                /** @description Index of the first item to return. */
                from?: components["parameters"]["From"];
                /** @description Items per page, 1 to 100. */
                limit?: components["parameters"]["Limit"];
                sortBy?: "sendDateTime" | "-sendDateTime";
            };
            header: {
                /** @description The Desk organization id (`id` from `listOrganizations`). */
                orgId: components["parameters"]["OrgId"];
            };
            path: {
                ticketId: components["parameters"]["TicketId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description A page of threads. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Thread"][];
                    };
                };
            };
            204: components["responses"]["Empty"];
        };
    };
    getTicketThread: {
        parameters: {
            query?: never;
            header: {
                /** @description The Desk organization id (`id` from `listOrganizations`). */
                orgId: components["parameters"]["OrgId"];
            };
            path: {
                threadId: components["schemas"]["Id"];
                ticketId: components["parameters"]["TicketId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The thread. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Thread"];
                };
            };
        };
    };
    trashTickets: {
        parameters: {
            query?: never;
            header: {
                /** @description The Desk organization id (`id` from `listOrganizations`). */
                orgId: components["parameters"]["OrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ticketIds: components["schemas"]["Id"][];
                };
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            204: components["responses"]["Empty"];
        };
    };
    searchTickets: {
        parameters: {
            query?: {
                /** @description Wildcard search across all the searchable fields of the module. */
                _all?: components["parameters"]["SearchAll"];
                accountId?: components["schemas"]["Id"];
                accountName?: string;
                assigneeId?: components["schemas"]["Id"];
                category?: string;
                channel?: string;
                contactId?: components["schemas"]["Id"];
                /** @description Wildcard search. */
                contactName?: string;
                /** @description `from,to` as ISO date-times (yyyy-MM-ddThh:mm:ss.SSSZ). */
                createdTimeRange?: components["parameters"]["CreatedTimeRange"];
                /** @description `from,to` as ISO date-times. */
                customerResponseTimeRange?: string;
                /** @description Search one department; all permitted departments otherwise. */
                departmentId?: components["schemas"]["Id"];
                /** @description Wildcard search. */
                description?: string;
                /** @description `from,to` as ISO date-times (yyyy-MM-ddThh:mm:ss.SSSZ). */
                dueDateRange?: string;
                /** @description The email address of the ticket. Wildcard search; `${empty}` / `${notEmpty}` allowed. */
                email?: string;
                /** @description Index of the first result, from 0. Default 0. */
                from?: components["parameters"]["SearchFrom"];
                id?: components["schemas"]["Id"];
                /** @description Results per page, 1 to 100. Default 10. */
                limit?: components["parameters"]["SearchLimit"];
                /** @description `from,to` as ISO date-times. */
                modifiedTimeRange?: components["parameters"]["ModifiedTimeRange"];
                /** @description The phone number of the ticket. Wildcard search (a leading `*` too). */
                phone?: string;
                priority?: string;
                productId?: components["schemas"]["Id"];
                productName?: string;
                sortBy?: "relevance" | "modifiedTime" | "-modifiedTime" | "createdTime" | "-createdTime" | "customerResponseTime" | "-customerResponseTime";
                /** @description Statuses separated by commas. */
                status?: string;
                /** @description Wildcard search. */
                subject?: string;
                tag?: string;
                ticketNumber?: string;
            };
            header: {
                /** @description The Desk organization id (`id` from `listOrganizations`). */
                orgId: components["parameters"]["OrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The matching tickets and their total count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: components["schemas"]["Count"];
                        data: components["schemas"]["Ticket"][];
                    };
                };
            };
            204: components["responses"]["Empty"];
        };
    };
}

/** The operations of this spec as the simulator checks requests: method, path, query parameters, body shape. */
export const specRoutes: readonly {
  method: string;
  path: string;
  operationId: string;
  query: readonly { name: string; required: boolean; type?: string; enum?: readonly (string | number | boolean)[] }[];
  body?: { required: boolean; type: "object" | "array" | "other"; requiredProperties: readonly string[]; arrays: readonly string[]; closed?: readonly string[]; itemRequired?: Readonly<Record<string, readonly string[]>> };
  listKeys: readonly string[];
}[] = [
  {"method":"GET","path":"/api/v1/accounts","operationId":"listAccounts","query":[{"name":"from","required":false,"type":"integer"},{"name":"limit","required":false,"type":"integer"},{"name":"sortBy","required":false,"type":"string","enum":["accountName","-accountName","email","-email","phone","-phone","website","-website","createdTime","-createdTime","modifiedTime","-modifiedTime"]}],"listKeys":["data"]},
  {"method":"POST","path":"/api/v1/accounts","operationId":"createAccount","query":[],"listKeys":["associatedSLAIds"],"body":{"required":true,"type":"object","requiredProperties":["accountName"],"arrays":[]}},
  {"method":"POST","path":"/api/v1/accounts/moveToTrash","operationId":"trashAccounts","query":[],"listKeys":[],"body":{"required":true,"type":"object","requiredProperties":["accountIds"],"arrays":["accountIds"]}},
  {"method":"GET","path":"/api/v1/accounts/search","operationId":"searchAccounts","query":[{"name":"_all","required":false,"type":"string"},{"name":"accountName","required":false,"type":"string"},{"name":"createdTimeRange","required":false,"type":"string"},{"name":"from","required":false,"type":"integer"},{"name":"id","required":false,"type":"string"},{"name":"limit","required":false,"type":"integer"},{"name":"modifiedTimeRange","required":false,"type":"string"},{"name":"sortBy","required":false,"type":"string","enum":["relevance","modifiedTime","-modifiedTime","createdTime","-createdTime","accountName","-accountName"]}],"listKeys":["data"]},
  {"method":"GET","path":"/api/v1/accounts/{accountId}","operationId":"getAccount","query":[{"name":"include","required":false,"type":"string","enum":["owner"]}],"listKeys":["associatedSLAIds"]},
  {"method":"PATCH","path":"/api/v1/accounts/{accountId}","operationId":"updateAccount","query":[],"listKeys":["associatedSLAIds"],"body":{"required":true,"type":"object","requiredProperties":[],"arrays":[]}},
  {"method":"GET","path":"/api/v1/contacts","operationId":"listContacts","query":[{"name":"from","required":false,"type":"integer"},{"name":"include","required":false,"type":"string","enum":["accounts"]},{"name":"limit","required":false,"type":"integer"},{"name":"sortBy","required":false,"type":"string","enum":["firstName","-firstName","lastName","-lastName","phone","-phone","email","-email","account","-account","createdTime","-createdTime","modifiedTime","-modifiedTime"]},{"name":"viewId","required":false,"type":"string"}],"listKeys":["data"]},
  {"method":"POST","path":"/api/v1/contacts","operationId":"createContact","query":[],"listKeys":[],"body":{"required":true,"type":"object","requiredProperties":["lastName"],"arrays":[]}},
  {"method":"POST","path":"/api/v1/contacts/moveToTrash","operationId":"trashContacts","query":[],"listKeys":[],"body":{"required":true,"type":"object","requiredProperties":["contactIds"],"arrays":["contactIds"]}},
  {"method":"GET","path":"/api/v1/contacts/search","operationId":"searchContacts","query":[{"name":"_all","required":false,"type":"string"},{"name":"accountName","required":false,"type":"string"},{"name":"createdTimeRange","required":false,"type":"string"},{"name":"email","required":false,"type":"string"},{"name":"firstName","required":false,"type":"string"},{"name":"from","required":false,"type":"integer"},{"name":"fullName","required":false,"type":"string"},{"name":"id","required":false,"type":"string"},{"name":"lastName","required":false,"type":"string"},{"name":"limit","required":false,"type":"integer"},{"name":"mobile","required":false,"type":"string"},{"name":"modifiedTimeRange","required":false,"type":"string"},{"name":"phone","required":false,"type":"string"},{"name":"sortBy","required":false,"type":"string","enum":["relevance","modifiedTime","-modifiedTime","createdTime","-createdTime","lastName","-lastName","firstName","-firstName"]}],"listKeys":["data"]},
  {"method":"GET","path":"/api/v1/contacts/{contactId}","operationId":"getContact","query":[{"name":"include","required":false,"type":"string"}],"listKeys":[]},
  {"method":"PATCH","path":"/api/v1/contacts/{contactId}","operationId":"updateContact","query":[],"listKeys":[],"body":{"required":true,"type":"object","requiredProperties":[],"arrays":[]}},
  {"method":"GET","path":"/api/v1/departments","operationId":"listDepartments","query":[{"name":"from","required":false,"type":"integer"},{"name":"isEnabled","required":false,"type":"boolean"},{"name":"limit","required":false,"type":"integer"},{"name":"searchStr","required":false,"type":"string"}],"listKeys":["data"]},
  {"method":"GET","path":"/api/v1/organizations","operationId":"listOrganizations","query":[],"listKeys":["data"]},
  {"method":"GET","path":"/api/v1/tickets","operationId":"listTickets","query":[{"name":"assignee","required":false,"type":"string"},{"name":"channel","required":false,"type":"string"},{"name":"closedTime","required":false,"type":"string","enum":["today","yesterday","currentWeek","currentMonth","last3days","last7days","last15days","last30days"]},{"name":"departmentId","required":false,"type":"string"},{"name":"dueDate","required":false,"type":"string","enum":["overdue","tomorrow","currentWeek","currentMonth","today"]},{"name":"from","required":false,"type":"integer"},{"name":"include","required":false,"type":"string"},{"name":"limit","required":false,"type":"integer"},{"name":"receivedInDays","required":false,"type":"string","enum":["15","30","90"]},{"name":"sortBy","required":false,"type":"string","enum":["dueDate","-dueDate","createdTime","-createdTime","recentThread","-recentThread"]},{"name":"status","required":false,"type":"string"},{"name":"teamIds","required":false,"type":"string"}],"listKeys":["data"]},
  {"method":"POST","path":"/api/v1/tickets","operationId":"createTicket","query":[],"listKeys":["secondaryContacts"],"body":{"required":true,"type":"object","requiredProperties":["departmentId","subject"],"arrays":["entitySkills","secondaryContacts"]}},
  {"method":"POST","path":"/api/v1/tickets/moveToTrash","operationId":"trashTickets","query":[],"listKeys":[],"body":{"required":true,"type":"object","requiredProperties":["ticketIds"],"arrays":["ticketIds"]}},
  {"method":"GET","path":"/api/v1/tickets/search","operationId":"searchTickets","query":[{"name":"_all","required":false,"type":"string"},{"name":"accountId","required":false,"type":"string"},{"name":"accountName","required":false,"type":"string"},{"name":"assigneeId","required":false,"type":"string"},{"name":"category","required":false,"type":"string"},{"name":"channel","required":false,"type":"string"},{"name":"contactId","required":false,"type":"string"},{"name":"contactName","required":false,"type":"string"},{"name":"createdTimeRange","required":false,"type":"string"},{"name":"customerResponseTimeRange","required":false,"type":"string"},{"name":"departmentId","required":false,"type":"string"},{"name":"description","required":false,"type":"string"},{"name":"dueDateRange","required":false,"type":"string"},{"name":"email","required":false,"type":"string"},{"name":"from","required":false,"type":"integer"},{"name":"id","required":false,"type":"string"},{"name":"limit","required":false,"type":"integer"},{"name":"modifiedTimeRange","required":false,"type":"string"},{"name":"phone","required":false,"type":"string"},{"name":"priority","required":false,"type":"string"},{"name":"productId","required":false,"type":"string"},{"name":"productName","required":false,"type":"string"},{"name":"sortBy","required":false,"type":"string","enum":["relevance","modifiedTime","-modifiedTime","createdTime","-createdTime","customerResponseTime","-customerResponseTime"]},{"name":"status","required":false,"type":"string"},{"name":"subject","required":false,"type":"string"},{"name":"tag","required":false,"type":"string"},{"name":"ticketNumber","required":false,"type":"string"}],"listKeys":["data"]},
  {"method":"GET","path":"/api/v1/tickets/{ticketId}","operationId":"getTicket","query":[{"name":"include","required":false,"type":"string"}],"listKeys":["secondaryContacts"]},
  {"method":"PATCH","path":"/api/v1/tickets/{ticketId}","operationId":"updateTicket","query":[],"listKeys":["secondaryContacts"],"body":{"required":true,"type":"object","requiredProperties":[],"arrays":["entitySkills","secondaryContacts"]}},
  {"method":"GET","path":"/api/v1/tickets/{ticketId}/comments","operationId":"listTicketComments","query":[{"name":"from","required":false,"type":"integer"},{"name":"include","required":false,"type":"string","enum":["mentions"]},{"name":"limit","required":false,"type":"integer"},{"name":"sortBy","required":false,"type":"string","enum":["commentedTime","-commentedTime"]}],"listKeys":["data"]},
  {"method":"POST","path":"/api/v1/tickets/{ticketId}/comments","operationId":"createTicketComment","query":[],"listKeys":["attachments"],"body":{"required":true,"type":"object","requiredProperties":["content"],"arrays":["attachmentIds"]}},
  {"method":"GET","path":"/api/v1/tickets/{ticketId}/comments/{commentId}","operationId":"getTicketComment","query":[],"listKeys":["attachments"]},
  {"method":"GET","path":"/api/v1/tickets/{ticketId}/threads","operationId":"listTicketThreads","query":[{"name":"from","required":false,"type":"integer"},{"name":"limit","required":false,"type":"integer"},{"name":"sortBy","required":false,"type":"string","enum":["sendDateTime","-sendDateTime"]}],"listKeys":["data"]},
  {"method":"GET","path":"/api/v1/tickets/{ticketId}/threads/{threadId}","operationId":"getTicketThread","query":[],"listKeys":["attachments"]},
];
