// This file is generated from spec/crm.yaml by scripts/generate.ts. Do not edit.

export interface paths {
    "/{download_url}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The path of the job's `result.download_url` on the download host. */
                download_url: components["parameters"]["download_url"];
            };
            cookie?: never;
        };
        /**
         * Download the result of a bulk write job
         * @description `result.download_url` of the job is an absolute URL on Zoho's download host; this
         *     operation describes a GET of it. The ZIP holds one CSV with the mapped columns plus
         *     STATUS, RECORD_ID and ERRORS (e.g. `MANDATORY_NOT_FOUND-Company`).
         */
        get: operations["downloadBulkWriteResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/bulk/v8/backup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get DETAILS (backup) */
        get: operations["getBackup"];
        put?: never;
        /** SCHEDULE (backup) */
        post: operations["createBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/bulk/v8/backup/{id}/actions/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        /** Cancel (backup) */
        put: operations["updateBackupCancel"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/bulk/v8/backup/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** HISTORY (backup) */
        get: operations["getBackupHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/bulk/v8/backup/urls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get URLS (backup) */
        get: operations["getBackupUrls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/bulk/v8/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a bulk read (export) job
         * @description Exports up to 200,000 records per page of a module to a CSV (or ICS for Events).
         *     Poll the job, or give a `callback`.
         */
        post: operations["createBulkReadJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/bulk/v8/read/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: components["parameters"]["job_id"];
            };
            cookie?: never;
        };
        /** Get a bulk read job */
        get: operations["getBulkReadJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/bulk/v8/read/{job_id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: components["parameters"]["job_id"];
            };
            cookie?: never;
        };
        /**
         * Download the result of a bulk read job
         * @description A ZIP archive holding one CSV (or ICS) file. At most 10 downloads a minute.
         */
        get: operations["downloadBulkReadResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/bulk/v8/write": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a bulk write (import) job */
        post: operations["createBulkWriteJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/bulk/v8/write/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: components["parameters"]["job_id"];
            };
            cookie?: never;
        };
        /** Get a bulk write job */
        get: operations["getBulkWriteJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/email/v8/settings/compose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Email composer default settings (email compose) */
        get: operations["getCompose"];
        /** Update Email composer default settings (email compose) */
        put: operations["updateCompose"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/__apis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the APIs of the org with their scopes and credits */
        get: operations["getSupportedApis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/__composite_requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run up to five API calls in one request
         * @description Sub-requests can reference earlier responses with `@{sub_request_id:$.json.path}`.
         *     One composite call costs the credits of its sub-requests; bulk, composite and
         *     notification APIs cannot be sub-requests.
         */
        post: operations["executeCompositeRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/__features": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Feature Details (features) */
        get: operations["getFeatures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/__features/{feature_api_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                feature_api_name: string;
            };
            cookie?: never;
        };
        /** Get Feature Detail (features) */
        get: operations["getFeature"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/__features/data_enrichment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Data Enrichment (features) */
        get: operations["getFeaturesDataEnrichment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/__features/user_licenses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get User Licences Count (features) */
        get: operations["getFeaturesUserLicenses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/__zia_org_enrichment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Zia Org Enrichments (zia org enrichment) */
        get: operations["getZiaOrgEnrichment"];
        put?: never;
        /** Create Zia Org Enrichment (zia org enrichment) */
        post: operations["createZiaOrgEnrichment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/__zia_org_enrichment/{zia_org_enrichment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                zia_org_enrichment_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Zia Org Enrichment (zia org enrichment) */
        get: operations["getZiaOrgEnrichmentById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/__zia_people_enrichment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Zia People Enrichments (zia people enrichment) */
        get: operations["getZiaPeopleEnrichment"];
        put?: never;
        /** Create Zia People Enrichment (zia people enrichment) */
        post: operations["createZiaPeopleEnrichment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/__zia_people_enrichment/{zia_people_enrichment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                zia_people_enrichment_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Zia People Enrichment (zia people enrichment) */
        get: operations["getZiaPeopleEnrichmentById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        /**
         * List records of a module
         * @description Up to 200 records per page. `fields` is required. Use `cvid` to read a custom view,
         *     `ids` to read specific records, and `page_token` past the first 2,000 records.
         */
        get: operations["getRecords"];
        /**
         * Update records
         * @description At most 100 records, each with its `id` (or the external id field named in X-EXTERNAL).
         */
        put: operations["updateRecords"];
        /**
         * Insert records
         * @description At most 100 records. Omit `trigger` to run all automation, send `[]` to run none.
         */
        post: operations["insertRecords"];
        /**
         * Delete records
         * @description Moves up to 100 records to the recycle bin.
         */
        delete: operations["deleteRecords"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{id}/actions/convert": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
                module_api_name: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Convert Inventory (inventory convert) */
        post: operations["convertInventoryRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{id}/actions/download_mail_merge": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
                module_api_name: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Download Mail Merge (mail merge) */
        post: operations["runDownloadMailMerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{id}/actions/send_mail_merge": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
                module_api_name: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send Mail Merge (mail merge) */
        post: operations["runSendMailMerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{id}/actions/share_emails": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
                module_api_name: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Share Emails (record share email) */
        post: operations["runShareEmailsAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{id}/actions/sign_mail_merge": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
                module_api_name: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign Mail Merge (mail merge) */
        post: operations["runSignMailMerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{id}/actions/unblock_email": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
                module_api_name: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unblock email (unblock email) */
        post: operations["runUnblockEmailAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{id}/actions/unshare_emails": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
                module_api_name: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** UnShare Emails (record share email) */
        post: operations["runUnshareEmailsAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        /**
         * Get a record
         * @description With X-EXTERNAL, `record_id` is the value of that external id field.
         */
        get: operations["getRecord"];
        /** Update a record */
        put: operations["updateRecord"];
        post?: never;
        /** Delete a record */
        delete: operations["deleteRecord"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/__email_drafts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Email Drafts (email drafts) */
        get: operations["getEmailDrafts"];
        /** Update Email Drafts (email drafts) */
        put: operations["updateEmailDrafts"];
        /** Create Email Drafts (email drafts) */
        post: operations["createEmailDrafts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/__email_drafts/{draft}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                draft: string;
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Email Draft (email drafts) */
        get: operations["getEmailDraft"];
        /** Update Email Draft (email drafts) */
        put: operations["updateEmailDraft"];
        post?: never;
        /** Delete Email Draft (email drafts) */
        delete: operations["deleteEmailDraft"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/__emails_sharing_details": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Email Sharing Details (email sharing details) */
        get: operations["getEmailsSharingDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/__timeline": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        /** Get the history of a record */
        get: operations["getTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/{related_list_api_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
                /** @description API name of the related list (see `getRelatedLists`), e.g. Notes, Contacts, Deals. */
                related_list_api_name: components["parameters"]["related_list_api_name"];
            };
            cookie?: never;
        };
        /**
         * List the records of a related list
         * @description The related list API names come from `GET /settings/related_lists` (e.g. Notes, Contacts, Deals).
         */
        get: operations["getRelatedRecords"];
        /**
         * Link records, or update the relation fields
         * @description Associates the records in `data` (by `id`) with the parent record; relation fields
         *     (e.g. `Contact_Role` for Deals–Contacts, `List_Price` for Products–Price_Books)
         *     can be set alongside.
         */
        put: operations["updateRelatedRecords"];
        post?: never;
        /** Unlink records from a record */
        delete: operations["delinkRelatedRecords"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/{related_list_api_name}/{related_record_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
                /** @description API name of the related list (see `getRelatedLists`), e.g. Notes, Contacts, Deals. */
                related_list_api_name: components["parameters"]["related_list_api_name"];
                /** @description Id of the related record (or its external id value with X-EXTERNAL). */
                related_record_id: components["parameters"]["related_record_id"];
            };
            cookie?: never;
        };
        /** Get one related record */
        get: operations["getRelatedRecord"];
        /** Link one record, or update its relation fields */
        put: operations["updateRelatedRecord"];
        post?: never;
        /** Unlink one record */
        delete: operations["delinkRelatedRecord"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/actions/add_tags": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tag a record */
        post: operations["addTagsToRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/actions/assign_territories": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign territories to a record */
        post: operations["assignTerritoriesToRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/actions/associate_email": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** associate (associate email) */
        post: operations["runAssociateEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/actions/blueprint": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        /** Get the blueprint state and available transitions of a record */
        get: operations["getBlueprint"];
        /** Perform a blueprint transition */
        put: operations["updateBlueprint"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/actions/change_owner": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the owner of a record */
        post: operations["changeRecordOwner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/actions/clone": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Clone a record
         * @description Creates a copy; the optional body overrides field values of the copy.
         */
        post: operations["cloneRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/actions/download_fields_attachment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        /** Download a file of a file-upload field */
        get: operations["downloadFieldAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/actions/fetch_full_data": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        /** Get full rich-text values of a record */
        get: operations["getRecordRichText"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/actions/merge": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        /** Status of a merge */
        get: operations["getMergeStatus"];
        put?: never;
        /**
         * Merge duplicates into a master record
         * @description `record_id` is the master record; the records in the body are merged into it and deleted.
         */
        post: operations["mergeRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/actions/portal_invite": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite Users (portal invite) */
        post: operations["runPortalInviteAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/actions/remove_tags": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Untag a record */
        post: operations["removeTagsFromRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/actions/remove_territories": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove territories from a record */
        post: operations["removeTerritoriesFromRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/actions/send_mail": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an email from a record */
        post: operations["sendMail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/actions/share": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        /** List who a record is shared with */
        get: operations["getRecordShares"];
        /** Change or revoke the sharing of a record */
        put: operations["updateRecordShares"];
        /** Share a record with users */
        post: operations["shareRecord"];
        /** Revoke all sharing of a record */
        delete: operations["revokeRecordShares"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/Attachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        /** List the attachments of a record */
        get: operations["getAttachments"];
        put?: never;
        /**
         * Attach a file or a link to a record
         * @description Either a multipart body with the file (at most 20 MB) in the part named `file`, or
         *     no body and the query parameter `attachmentUrl` (with an optional `title`) to attach
         *     a link.
         */
        post: operations["uploadAttachment"];
        /** Delete attachments of a record */
        delete: operations["deleteAttachments"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/Attachments/{attachment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachment_id: components["parameters"]["attachment_id"];
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        /** Download an attachment */
        get: operations["downloadAttachment"];
        put?: never;
        post?: never;
        /** Delete an attachment */
        delete: operations["deleteAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/Emails": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Emails Related Records (email related records) */
        get: operations["getEmails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/Emails/{message_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                message_id: components["schemas"]["Id"];
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Emails Related Record (email related records) */
        get: operations["getEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/Emails/actions/download_attachments": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Download Attachments Details (download attachments) */
        get: operations["getEmailsDownloadAttachments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/Emails/actions/download_inline_images": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Download Inline Images (download inline images) */
        get: operations["getEmailsDownloadInlineImages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/Locking_Information__s": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Record Locking Informations (record locking) */
        get: operations["getLockingInformation"];
        put?: never;
        /** Lock Records (record locking) */
        post: operations["createLockingInformation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/Locking_Information__s/{lock_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lock_id: components["schemas"]["Id"];
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Record Locking Information (record locking) */
        get: operations["getLockingInformationById"];
        /** Update Record Locking Information (record locking) */
        put: operations["updateLockingInformation"];
        post?: never;
        /** Unlock Record (record locking) */
        delete: operations["deleteLockingInformation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/{record_id}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        /**
         * Download the photo of a record
         * @description Leads, Contacts, Accounts, Products, Vendors and custom modules with an image field.
         */
        get: operations["downloadRecordPhoto"];
        put?: never;
        /**
         * Upload the photo of a record
         * @description An image of at most 10 MB (JPEG, PNG, GIF, BMP...), in the part named `file`.
         */
        post: operations["uploadRecordPhoto"];
        /** Delete the photo of a record */
        delete: operations["deleteRecordPhoto"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/actions/add_tags": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tag records
         * @description Up to 10 tags on up to 100 records (`ids` in the body); unknown tag names are created.
         */
        post: operations["addTagsToRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/actions/assign_territories": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign territories to records */
        post: operations["assignTerritoriesToRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/actions/change_owner": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the owner of records */
        post: operations["changeRecordsOwner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/actions/count": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        /**
         * Count records
         * @description All records of the module, or those of a custom view, criteria or search.
         */
        get: operations["getRecordCount"];
        put?: never;
        /**
         * Count records (POST form)
         * @description The same count as the GET form, for long criteria.
         */
        post: operations["countRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/actions/enrol_in_cadences": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enroll Cadences (cadences execution) */
        post: operations["runEnrolInCadences"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/actions/fetch_full_data": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        /**
         * Get full rich-text values of records
         * @description List reads truncate rich-text fields; this returns them whole.
         */
        get: operations["getRichTextRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/actions/mass_change_owner": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        /** Status of a mass owner change */
        get: operations["getMassChangeOwnerStatus"];
        put?: never;
        /** Change the owner of a custom view's records in the background */
        post: operations["massChangeOwner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/actions/mass_convert": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
            };
            cookie?: never;
        };
        /** Get Scheduled Jobs Details (inventory mass convert) */
        get: operations["getInventoryMassConvertStatus"];
        put?: never;
        /** Mass Inventory Convert (inventory mass convert) */
        post: operations["massConvertInventory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/actions/mass_delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        /** Status of a mass delete */
        get: operations["getMassDeleteStatus"];
        put?: never;
        /**
         * Delete many records
         * @description Up to 500 records by `ids` are deleted at once; a whole custom view (`cvid`) is deleted in the background.
         */
        post: operations["massDeleteRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/actions/mass_update": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        /** Status of a mass update */
        get: operations["getMassUpdateStatus"];
        put?: never;
        /**
         * Update many records in the background
         * @description Sets the same field values on up to 50,000 records (by ids, or a custom view). Poll with the returned job_id.
         */
        post: operations["massUpdateRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/actions/portal_invite": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
            };
            cookie?: never;
        };
        /** Get Bulk Invite Status (portal invite) */
        get: operations["getPortalInvite"];
        put?: never;
        /** Bulk Invite Users (portal invite) */
        post: operations["runPortalInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/actions/remove_tags": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Untag records */
        post: operations["removeTagsFromRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/actions/remove_territories": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove territories from records */
        post: operations["removeTerritoriesFromRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/actions/run_scoring_rules": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
            };
            cookie?: never;
        };
        get?: never;
        /** Scoring Rule execution using Rule IDs (scoring rules) */
        put: operations["updateRunScoringRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/actions/share_emails": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Share Bulk Emails (record share email) */
        post: operations["runShareEmails"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/actions/unblock_email": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unblock Emails (unblock email) */
        post: operations["runUnblockEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/actions/unenrol_from_cadences": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unenroll Cadences (cadences execution) */
        post: operations["runUnenrolFromCadences"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/actions/unshare_emails": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** UnShare Bulk Emails (record share email) */
        post: operations["runUnshareEmails"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/deleted": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        /**
         * List deleted records
         * @description Records deleted in the last 60 days, in the recycle bin or permanently deleted.
         */
        get: operations["getDeletedRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/deleted/{record_id}/{related_list_api_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
                /** @description API name of the related list (see `getRelatedLists`), e.g. Notes, Contacts, Deals. */
                related_list_api_name: components["parameters"]["related_list_api_name"];
            };
            cookie?: never;
        };
        /** List related records of a deleted record */
        get: operations["getDeletedRecordRelatedRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/search": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        /**
         * Search records
         * @description Give exactly one of `criteria`, `email`, `phone` or `word`. Criteria look like
         *     `((Last_Name:equals:Burns)and(Company:starts_with:Zyl))`, at most 10 conditions;
         *     escape `(`, `)` and `,` in values with a backslash, then URL-encode. At most 2,000
         *     records can be reached through search.
         */
        get: operations["searchRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/{module_api_name}/upsert": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Insert or update records
         * @description A record that matches an existing one on `duplicate_check_fields` (default: the
         *     module's unique and system duplicate-check fields) is updated, otherwise inserted.
         *     Each result says which in `action`, and `duplicate_field` names the field that matched.
         */
        post: operations["upsertRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/actions/email_available": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** email_available (associate email) */
        get: operations["getEmailAvailable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/actions/watch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List notification channels */
        get: operations["getNotificationChannels"];
        /**
         * Replace the details of channels
         * @description Details not given are removed from the channel.
         */
        put: operations["updateNotificationChannels"];
        /** Subscribe to record events */
        post: operations["enableNotifications"];
        /** Unsubscribe channels */
        delete: operations["disableNotifications"];
        options?: never;
        head?: never;
        /**
         * Change some details of channels, or disable some of their events
         * @description Send `_delete_events: true` with `events` to stop those events only.
         */
        patch: operations["patchNotificationChannels"];
        trace?: never;
    };
    "/crm/v8/Appointments_Rescheduled_History__s": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Appointments Rescheduled History (reschedule history) */
        get: operations["getAppointmentsRescheduledHistory"];
        /** Update Appointments Rescheduled History (reschedule history) */
        put: operations["updateAppointmentsRescheduledHistory"];
        /** Add Appointments Rescheduled History (reschedule history) */
        post: operations["createAppointmentsRescheduledHistory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/Appointments_Rescheduled_History__s/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Appointment Rescheduled History (reschedule history) */
        get: operations["getAppointmentsRescheduledHistoryById"];
        /** Update Appointment Rescheduled History (reschedule history) */
        put: operations["updateAppointmentsRescheduledHistoryById"];
        post?: never;
        /** Delete Appointments Rescheduled History (reschedule history) */
        delete: operations["deleteAppointmentsRescheduledHistory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/Contacts/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List contact roles */
        get: operations["getContactRoles"];
        /** Update contact roles */
        put: operations["updateContactRoles"];
        /** Create contact roles */
        post: operations["createContactRoles"];
        /** Delete contact roles */
        delete: operations["deleteContactRoles"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/Contacts/roles/{contact_role_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contact_role_id: components["parameters"]["contact_role_id"];
            };
            cookie?: never;
        };
        /** Get a contact role */
        get: operations["getContactRole"];
        /** Update a contact role */
        put: operations["updateContactRole"];
        post?: never;
        /** Delete a contact role */
        delete: operations["deleteContactRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/coql": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a COQL query
         * @description `select ... from <module> where ... order by ... limit <offset>, <count>`: at most 50
         *     fields, 2,000 rows per call and 100,000 rows through LIMIT/OFFSET. A malformed query
         *     fails with SYNTAX_ERROR (details `line`, `column`, `near`) or INVALID_QUERY.
         */
        post: operations["coqlQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/Entity_Scores__s": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Entity Scores (entity scores) */
        get: operations["getEntityScores"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/Entity_Scores__s/{record_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Entity Score (entity scores) */
        get: operations["getEntityScore"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/Events/{event}/actions/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel Meetings (cancel meetings) */
        post: operations["cancelMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a stored file */
        get: operations["downloadFile"];
        put?: never;
        /**
         * Upload files
         * @description Up to 10 files of at most 20 MB each; the returned ids go into file-upload fields or email attachments.
         */
        post: operations["uploadFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/Leads/{lead_id}/__conversion_options": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lead_id: string;
            };
            cookie?: never;
        };
        /** Lead Conversion Options (conversion option) */
        get: operations["getLeadConversionOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/Leads/{record_id}/actions/convert": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Convert a lead */
        post: operations["convertLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/Leads/actions/mass_convert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status of a mass conversion */
        get: operations["getMassConvertStatus"];
        put?: never;
        /** Convert up to 50 leads in the background */
        post: operations["massConvertLeads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/Notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List notes */
        get: operations["getNotes"];
        /** Update notes */
        put: operations["updateNotes"];
        /**
         * Create notes
         * @description Each note needs `Note_Content` and `Parent_Id` with `module.api_name`.
         */
        post: operations["createNotes"];
        /** Delete notes */
        delete: operations["deleteNotes"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/Notes/{note_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                note_id: components["parameters"]["note_id"];
            };
            cookie?: never;
        };
        /** Get a note */
        get: operations["getNote"];
        /** Update a note */
        put: operations["updateNote"];
        post?: never;
        /** Delete a note */
        delete: operations["deleteNote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/org": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the organisation */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/org/currencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List currencies */
        get: operations["getCurrencies"];
        /** Update currencies */
        put: operations["updateCurrencies"];
        /** Add currencies */
        post: operations["addCurrencies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/org/currencies/{currency_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                currency_id: components["parameters"]["currency_id"];
            };
            cookie?: never;
        };
        /** Get a currency */
        get: operations["getCurrency"];
        /** Update a currency */
        put: operations["updateCurrency"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/org/currencies/actions/available_currencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the currencies that can be added */
        get: operations["getAvailableCurrencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/org/currencies/actions/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Update the base currency */
        put: operations["updateBaseCurrency"];
        /** Enable multi-currency, setting the base currency */
        post: operations["enableMultiCurrency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/org/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the org logo */
        get: operations["downloadOrgPhoto"];
        put?: never;
        /** Upload the org logo */
        post: operations["uploadOrgPhoto"];
        /** Delete the org logo */
        delete: operations["deleteOrgPhoto"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/Services__s": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Rescheduled Histories (services) */
        get: operations["getServices"];
        put?: never;
        /** Create Rescheduled History (services) */
        post: operations["createServices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/Services__s/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Rescheduled History (services) */
        get: operations["getService"];
        /** Update Rescheduled History (services) */
        put: operations["updateService"];
        post?: never;
        /** Delete Rescheduled History (services) */
        delete: operations["deleteService"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/appointment_preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Appointment Preference (appointment preference) */
        get: operations["getAppointmentPreferences"];
        /** Update Appointment Preference (appointment preference) */
        put: operations["updateAppointmentPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/audit_log_export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Exported Auditlogs (audit log export) */
        get: operations["getAuditLogExport"];
        put?: never;
        /** Create AuditLog Export (audit log export) */
        post: operations["createAuditLogExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/audit_log_export/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Exported AuditLog (audit log export) */
        get: operations["getAuditLogExportById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/automation/assignment_rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Assignment Rules (assignment rules) */
        get: operations["getAssignmentRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/automation/assignment_rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Assignment Rule (assignment rules) */
        get: operations["getAssignmentRule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/automation/cadences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Cadences (cadences) */
        get: operations["getCadences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/automation/scoring_rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Scoring Rules (scoring rules) */
        get: operations["getScoringRules"];
        /** Update Scoring Rules (scoring rules) */
        put: operations["updateScoringRules"];
        /** Create Scoring Rules (scoring rules) */
        post: operations["createScoringRules"];
        /** Delete Scoring Rules (scoring rules) */
        delete: operations["deleteScoringRules"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/automation/scoring_rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Scoring Rule (scoring rules) */
        get: operations["getScoringRule"];
        /** Update Scoring Rule (scoring rules) */
        put: operations["updateScoringRule"];
        post?: never;
        /** Delete Scoring Rule (scoring rules) */
        delete: operations["deleteScoringRule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/automation/scoring_rules/{id}/actions/activate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        /** Activate Scoring Rule (scoring rules) */
        put: operations["updateScoringRuleActivate"];
        post?: never;
        /** Deactivate Scoring Rule (scoring rules) */
        delete: operations["undoScoringRuleActivate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/automation/scoring_rules/{id}/actions/clone": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clone Scoring Rule (scoring rules) */
        post: operations["runScoringRuleClone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/business_hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Business Hours (business hours) */
        get: operations["getBusinessHours"];
        /** Update Business Hours (business hours) */
        put: operations["updateBusinessHours"];
        /** Create Business Hours (business hours) */
        post: operations["createBusinessHours"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/business_hours/shift_hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Shift Hours (shift hours) */
        get: operations["getBusinessHoursShiftHours"];
        /** Update Shift Hours (shift hours) */
        put: operations["updateBusinessHoursShiftHours"];
        /** Create Shifts Hours (shift hours) */
        post: operations["createBusinessHoursShiftHours"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/business_hours/shift_hours/{shift_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                shift_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Shift Hour (shift hours) */
        get: operations["getBusinessHoursShiftHour"];
        /** Update Shift Hour (shift hours) */
        put: operations["updateBusinessHoursShiftHour"];
        post?: never;
        /** Delete Shift Hour (shift hours) */
        delete: operations["deleteBusinessHoursShiftHour"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/call_preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Call Preference (call preferences) */
        get: operations["getCallPreferences"];
        /** Update Call Preference (call preferences) */
        put: operations["updateCallPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/custom_views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the custom views of a module */
        get: operations["getCustomViews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/custom_views/{custom_view_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                custom_view_id: components["parameters"]["custom_view_id"];
            };
            cookie?: never;
        };
        /** Get a custom view */
        get: operations["getCustomView"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/custom_views/{custom_view_id}/actions/change_sort": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                custom_view_id: components["parameters"]["custom_view_id"];
            };
            cookie?: never;
        };
        get?: never;
        /** Change the default sort of a custom view */
        put: operations["changeCustomViewSortOrder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/custom_views/actions/change_sort": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change the default sort of custom views */
        put: operations["changeCustomViewsSortOrder"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/data_sharing/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Sharing Rules (sharing rules) */
        get: operations["getRules"];
        /** Update Sharing Rules (sharing rules) */
        put: operations["updateRules"];
        /** Create Sharing Rules (sharing rules) */
        post: operations["createRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/data_sharing/rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Sharing Rule (sharing rules) */
        get: operations["getRule"];
        /** Update Sharing Rule (sharing rules) */
        put: operations["updateRule"];
        post?: never;
        /** Delete Sharing Rule (sharing rules) */
        delete: operations["deleteRule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/data_sharing/rules/{id}/actions/activate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        /** Activate Rule (sharing rules) */
        put: operations["updateRuleActivate"];
        post?: never;
        /** Deactivate Rule (sharing rules) */
        delete: operations["undoRuleActivate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/data_sharing/rules/actions/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rerun Sharing Rules (sharing rules) */
        post: operations["runRulesRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/data_sharing/rules/actions/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Rule Summary (sharing rules) */
        get: operations["getRulesSummary"];
        put?: never;
        /** Search Rule Summary (sharing rules) */
        post: operations["runRulesSummary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/data_sharing/rules/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search Rule (sharing rules) */
        post: operations["createRulesSearch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/duplicate_check_preference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Duplicate Check Preference (duplicate check preference) */
        get: operations["getDuplicateCheckPreference"];
        /** Update Duplicate Check Preference (duplicate check preference) */
        put: operations["updateDuplicateCheckPreference"];
        /** Create Duplicate Check Preference (duplicate check preference) */
        post: operations["createDuplicateCheckPreference"];
        /** Delete Duplicate Check Preference (duplicate check preference) */
        delete: operations["deleteDuplicateCheckPreference"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/email_templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List email templates */
        get: operations["getEmailTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/email_templates/{template_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: components["parameters"]["template_id"];
            };
            cookie?: never;
        };
        /** Get an email template with its content */
        get: operations["getEmailTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/emails/actions/from_addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the addresses a user may send from */
        get: operations["getFromAddresses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/fields": {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the fields of a module */
        get: operations["getFields"];
        put?: never;
        /** Create custom fields */
        post: operations["createFields"];
        delete?: never;
        options?: never;
        head?: never;
        /** Update fields */
        patch: operations["updateFields"];
        trace?: never;
    };
    "/crm/v8/settings/fields/{field_id}": {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
            };
            header?: never;
            path: {
                field_id: components["parameters"]["field_id"];
            };
            cookie?: never;
        };
        /** Get a field */
        get: operations["getField"];
        put?: never;
        post?: never;
        /** Delete a custom field */
        delete: operations["deleteField"];
        options?: never;
        head?: never;
        /** Update a field */
        patch: operations["updateField"];
        trace?: never;
    };
    "/crm/v8/settings/fields/{field_id}/pick_list_values": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                field_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Pick List Values (pick list values) */
        get: operations["getFieldPickListValues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/fiscal_year": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Fiscal Year (fiscal year) */
        get: operations["getFiscalYear"];
        /** Update Fiscal Year (fiscal year) */
        put: operations["updateFiscalYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/global_picklists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Global Picklists (global picklists) */
        get: operations["getGlobalPicklists"];
        put?: never;
        /** Create Global Picklist (global picklists) */
        post: operations["createGlobalPicklists"];
        /** Delete Global Picklists (global picklists) */
        delete: operations["deleteGlobalPicklists"];
        options?: never;
        head?: never;
        /** Update Global Picklists (global picklists) */
        patch: operations["patchGlobalPicklists"];
        trace?: never;
    };
    "/crm/v8/settings/global_picklists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Global Picklist (global picklists) */
        get: operations["getGlobalPicklist"];
        put?: never;
        post?: never;
        /** Delete Global Picklist (global picklists) */
        delete: operations["deleteGlobalPicklist"];
        options?: never;
        head?: never;
        /** Update Global Picklist (global picklists) */
        patch: operations["patchGlobalPicklist"];
        trace?: never;
    };
    "/crm/v8/settings/global_picklists/{id}/actions/associations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Associations (global picklists) */
        get: operations["getGlobalPicklistAssociations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/global_picklists/{id}/actions/pick_list_values_associations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Pick list value Associations (global picklists) */
        get: operations["getGlobalPicklistPickListValuesAssociations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/global_picklists/{id}/actions/replace_picklist_values": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** replace picklist values (global picklists) */
        post: operations["runGlobalPicklistReplacePicklistValues"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/global_picklists/{id}/actions/replaced_values": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Replace Values (global picklists) */
        get: operations["getGlobalPicklistReplacedValues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Holidays (holidays) */
        get: operations["getHolidays"];
        /** Update Holidays (holidays) */
        put: operations["updateHolidays"];
        /** Create Holidays (holidays) */
        post: operations["createHolidays"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/holidays/{holiday_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                holiday_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Holiday (holidays) */
        get: operations["getHoliday"];
        /** Update Holiday (holidays) */
        put: operations["updateHoliday"];
        post?: never;
        /** Delete Holiday (holidays) */
        delete: operations["deleteHoliday"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/inventory_templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List inventory templates */
        get: operations["getInventoryTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/inventory_templates/{template_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: components["parameters"]["template_id"];
            };
            cookie?: never;
        };
        /** Get an inventory template with its content */
        get: operations["getInventoryTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/layouts": {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the layouts of a module */
        get: operations["getLayouts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update custom layouts */
        patch: operations["updateLayouts"];
        trace?: never;
    };
    "/crm/v8/settings/layouts/{layout_id}": {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
            };
            header?: never;
            path: {
                layout_id: components["parameters"]["layout_id"];
            };
            cookie?: never;
        };
        /** Get a layout */
        get: operations["getLayout"];
        put?: never;
        post?: never;
        /** Delete a custom layout */
        delete: operations["deleteLayout"];
        options?: never;
        head?: never;
        /** Update a custom layout */
        patch: operations["updateLayout"];
        trace?: never;
    };
    "/crm/v8/settings/layouts/{layout_id}/actions/activate": {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
            };
            header?: never;
            path: {
                layout_id: components["parameters"]["layout_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activate a custom layout */
        post: operations["activateLayout"];
        /** Deactivate a custom layout */
        delete: operations["deactivateLayout"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/layouts/{layout_id}/map_dependency": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                layout_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Map Dependencies (field map dependency) */
        get: operations["getLayoutMapDependency"];
        put?: never;
        /** Create Map Dependency (field map dependency) */
        post: operations["createLayoutMapDependency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/layouts/{layout_id}/map_dependency/{dependency_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                dependency_id: components["schemas"]["Id"];
                layout_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Map Dependency (field map dependency) */
        get: operations["getLayoutMapDependencyById"];
        /** Update Map Dependency (field map dependency) */
        put: operations["updateLayoutMapDependency"];
        post?: never;
        /** Delete Map Dependency (field map dependency) */
        delete: operations["deleteLayoutMapDependency"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List modules */
        get: operations["getModules"];
        /** Update custom modules */
        put: operations["updateModules"];
        /** Create custom modules */
        post: operations["createModules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/modules/{module_api_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        /**
         * Get a module
         * @description Accepts the module's API name or its id.
         */
        get: operations["getModule"];
        /** Update a module */
        put: operations["updateModule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/pipeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** get pipelines (pipeline) */
        get: operations["getPipeline"];
        /** Update Pipelines (pipeline) */
        put: operations["updatePipeline"];
        /** create pipeline (pipeline) */
        post: operations["createPipeline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/pipeline/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** get pipeline (pipeline) */
        get: operations["getPipelineById"];
        /** update pipeline (pipeline) */
        put: operations["updatePipelineById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** delete pipeline (pipeline) */
        patch: operations["patchPipeline"];
        trace?: never;
    };
    "/crm/v8/settings/pipeline/actions/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transfer Pipelines (pipeline) */
        post: operations["runPipelineTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/portals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Portals (portals) */
        get: operations["getPortals"];
        put?: never;
        /** Create Portal (portals) */
        post: operations["createPortals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/portals/{portal_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                portal_name: string;
            };
            cookie?: never;
        };
        /** Get Portal (portals) */
        get: operations["getPortal"];
        /** Update Portal (portals) */
        put: operations["updatePortal"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/portals/{portal_name}/user_type/{user_type_id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                portal_name: string;
                user_type_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Users of User Type (user type users) */
        get: operations["getPortalUserTypeUsers"];
        put?: never;
        post?: never;
        /** Delete User from the Portal (user type users) */
        delete: operations["deletePortalUserTypeUsers"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/portals/{portal_name}/user_type/{user_type_id}/users/{user_id}/actions/change_status": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                portal_name: string;
                user_id: components["schemas"]["Id"];
                user_type_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        /** Change Users Status (user type users) */
        put: operations["updatePortalUserTypeUserChangeStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/portals/{portal_name}/user_type/{user_type_id}/users/action/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                portal_name: string;
                user_type_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transfer Users of a User Type (user type users) */
        post: operations["runPortalUserTypeUsersTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/portals/{portal}/user_type": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                portal: string;
            };
            cookie?: never;
        };
        /** Get User Types (portal user type) */
        get: operations["getPortalUserType"];
        put?: never;
        /** Create User Type (portal user type) */
        post: operations["createPortalUserType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/portals/{portal}/user_type/{user_type_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                portal: string;
                user_type_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get User Type (portal user type) */
        get: operations["getPortalUserTypeById"];
        /** Update User Type (portal user type) */
        put: operations["updatePortalUserType"];
        post?: never;
        /** Delete User Type (portal user type) */
        delete: operations["deletePortalUserType"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/portals/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GetMeta (portals meta) */
        get: operations["getPortalsMeta"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List profiles */
        get: operations["getProfiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/profiles/{profile_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                profile_id: components["parameters"]["profile_id"];
            };
            cookie?: never;
        };
        /** Get a profile with its permissions */
        get: operations["getProfile"];
        /** Update a profile's permissions */
        put: operations["updateProfile"];
        post?: never;
        /** Delete a profile */
        delete: operations["deleteProfile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/profiles/{profile_id}/actions/clone": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                profile_id: components["parameters"]["profile_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clone a profile */
        post: operations["cloneProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/record_locking_configurations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Record Locking Configurations (record locking configuration) */
        get: operations["getRecordLockingConfigurations"];
        /** Update Record Locking Configurations (record locking configuration) */
        put: operations["updateRecordLockingConfigurations"];
        /** Add Record Locking Configuration (record locking configuration) */
        post: operations["createRecordLockingConfigurations"];
        /** Delete Record Locking Configurations (record locking configuration) */
        delete: operations["deleteRecordLockingConfigurations"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/record_locking_configurations/{record_locking_config_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                record_locking_config_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Record Locking Configuration (record locking configuration) */
        get: operations["getRecordLockingConfiguration"];
        /** Update Record Locking Configuration (record locking configuration) */
        put: operations["updateRecordLockingConfiguration"];
        post?: never;
        /** Delete Record Locking Configuration (record locking configuration) */
        delete: operations["deleteRecordLockingConfiguration"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/recycle_bin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List records in the recycle bin */
        get: operations["getRecycleBinRecords"];
        put?: never;
        post?: never;
        /**
         * Permanently delete records from the recycle bin
         * @description The records given by `ids`, or those matching `filters`; with neither, the whole recycle bin is emptied.
         */
        delete: operations["deleteRecycleBinRecords"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/recycle_bin/{record_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        /** Get a record in the recycle bin */
        get: operations["getRecycleBinRecord"];
        put?: never;
        post?: never;
        /** Permanently delete a record from the recycle bin */
        delete: operations["deleteRecycleBinRecord"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/related_lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the related lists of a module */
        get: operations["getRelatedLists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/related_lists/{related_list_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                related_list_id: components["parameters"]["related_list_id"];
            };
            cookie?: never;
        };
        /** Get a related list */
        get: operations["getRelatedList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List roles */
        get: operations["getRoles"];
        /** Update roles */
        put: operations["updateRoles"];
        /** Create roles */
        post: operations["createRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/roles/{role_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                role_id: components["parameters"]["role_id"];
            };
            cookie?: never;
        };
        /** Get a role */
        get: operations["getRole"];
        /** Update a role */
        put: operations["updateRole"];
        post?: never;
        /** Delete a role */
        delete: operations["deleteRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/service_preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Service Preference (service preference) */
        get: operations["getServicePreferences"];
        /** Update Service Preference (service preference) */
        put: operations["updateServicePreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tags of a module */
        get: operations["getTags"];
        /** Rename or recolour tags */
        put: operations["updateTags"];
        /** Create tags */
        post: operations["createTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/tags/{tag_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tag_id: components["parameters"]["tag_id"];
            };
            cookie?: never;
        };
        get?: never;
        /** Rename or recolour a tag */
        put: operations["updateTag"];
        post?: never;
        /** Delete a tag */
        delete: operations["deleteTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/tags/{tag_id}/actions/merge": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tag_id: components["parameters"]["tag_id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge another tag into this one */
        post: operations["mergeTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/tags/{tag_id}/actions/records_count": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tag_id: components["parameters"]["tag_id"];
            };
            cookie?: never;
        };
        /** Count the records that carry a tag */
        get: operations["getTagRecordCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/tags/actions/mass_delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status of a tag mass delete */
        get: operations["getMassDeleteTagsStatus"];
        put?: never;
        /** Delete tags in the background */
        post: operations["massDeleteTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/territories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List territories */
        get: operations["getTerritories"];
        /** Update territories */
        put: operations["updateTerritories"];
        /** Create territories */
        post: operations["createTerritories"];
        /** Delete territories */
        delete: operations["deleteTerritories"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/territories/{territory_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                territory_id: components["parameters"]["territory_id_path"];
            };
            cookie?: never;
        };
        /** Get a territory */
        get: operations["getTerritory"];
        /** Update a territory */
        put: operations["updateTerritory"];
        post?: never;
        /** Delete a territory */
        delete: operations["deleteTerritory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/territories/{territory_id}/__child_territories": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                territory_id: components["parameters"]["territory_id_path"];
            };
            cookie?: never;
        };
        /** List the child territories of a territory */
        get: operations["getChildTerritories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/territories/{territory_id}/actions/transfer_and_delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                territory_id: components["parameters"]["territory_id_path"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete a territory, moving its records and users to another */
        post: operations["transferAndDeleteTerritory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/territories/{territory}/users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                territory: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Territory Users (territory users) */
        get: operations["getTerritoryUsers"];
        /** Update Territory Users (territory users) */
        put: operations["updateTerritoryUsers"];
        post?: never;
        /** Deassociate Territory Users (territory users) */
        delete: operations["deleteTerritoryUsers"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/territories/{territory}/users/{user}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                territory: components["schemas"]["Id"];
                user: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get territory User (territory users) */
        get: operations["getTerritoryUser"];
        /** Update territory User (territory users) */
        put: operations["updateTerritoryUser"];
        post?: never;
        /** Deassociate Territory User (territory users) */
        delete: operations["deleteTerritoryUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/territories/actions/associated_users_count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count the users of each territory */
        get: operations["getTerritoryAssociatedUsersCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/territories/actions/deleted_associated_territories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List deleted territories */
        get: operations["getDeletedTerritories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/territories/actions/transfer_and_delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete territories, moving their records and users to others */
        post: operations["transferAndDeleteTerritories"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/unsubscribe_link/actions/associations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Associated Unsubscribe Links (unsubscribe links) */
        get: operations["getUnsubscribeLinkAssociations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/unsubscribe_links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Unsubscribe Links (unsubscribe links) */
        get: operations["getUnsubscribeLinks"];
        /** Update Unsubscribe Links (unsubscribe links) */
        put: operations["updateUnsubscribeLinks"];
        /** Create Unsubscribe Link (unsubscribe links) */
        post: operations["createUnsubscribeLinks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/unsubscribe_links/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Unsubscribe Link (unsubscribe links) */
        get: operations["getUnsubscribeLink"];
        /** Update Unsubscribe Link (unsubscribe links) */
        put: operations["updateUnsubscribeLink"];
        post?: never;
        /** Delete Unsubscribe Link (unsubscribe links) */
        delete: operations["deleteUnsubscribeLink"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/user_groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Groups (user groups) */
        get: operations["getUserGroups"];
        /** Update Groups (user groups) */
        put: operations["updateUserGroups"];
        /** Create Groups (user groups) */
        post: operations["createUserGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/user_groups/{group}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                group: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Group (user groups) */
        get: operations["getUserGroup"];
        /** Update Group (user groups) */
        put: operations["updateUserGroup"];
        post?: never;
        /** Delete Group (user groups) */
        delete: operations["deleteUserGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/user_groups/{group}/actions/associations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                group: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Associations (user groups) */
        get: operations["getUserGroupAssociations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/user_groups/{group}/actions/sources_count": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                group: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Sources count (user groups) */
        get: operations["getUserGroupSourcesCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/user_groups/{group}/associated_users/actions/grouped_counts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                group: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Grouped Counts (user groups) */
        get: operations["getUserGroupAssociatedUsersGroupedCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/user_groups/{group}/sources": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                group: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Sources (user groups) */
        get: operations["getUserGroupSources"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/user_groups/actions/associated_users_count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Associated Users Count (user groups) */
        get: operations["getUserGroupsAssociatedUsersCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/user_groups/actions/deletion_jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Status (user groups) */
        get: operations["getUserGroupsDeletionJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/user_groups/actions/get_assigned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** GetAssignedGroups (user groups) */
        post: operations["getAssignedUserGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/user_groups/actions/get_unassigned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** GetUnassignedGroups (user groups) */
        post: operations["getUnassignedUserGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/users_unavailability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Users Unavailability (users unavailability) */
        get: operations["getUsersUnavailability"];
        /** Update Users Unavailability (users unavailability) */
        put: operations["updateUsersUnavailability"];
        /** Create Users Unavailability (users unavailability) */
        post: operations["createUsersUnavailability"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/users_unavailability/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get User Unavailability (users unavailability) */
        get: operations["getUsersUnavailabilityById"];
        /** Update User Unavailability (users unavailability) */
        put: operations["updateUsersUnavailabilityById"];
        post?: never;
        /** Delete User Unavailability (users unavailability) */
        delete: operations["deleteUsersUnavailability"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/variable_groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List variable groups */
        get: operations["getVariableGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/variable_groups/{variable_group_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id or API name of the variable group. */
                variable_group_id: components["parameters"]["variable_group_id"];
            };
            cookie?: never;
        };
        /** Get a variable group */
        get: operations["getVariableGroup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/variables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List variables */
        get: operations["getVariables"];
        /** Update variables */
        put: operations["updateVariables"];
        /** Create variables */
        post: operations["createVariables"];
        /** Delete variables */
        delete: operations["deleteVariables"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/variables/{variable_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id or API name of the variable. */
                variable_id: components["parameters"]["variable_id"];
            };
            cookie?: never;
        };
        /** Get a variable */
        get: operations["getVariable"];
        /** Update a variable */
        put: operations["updateVariable"];
        post?: never;
        /** Delete a variable */
        delete: operations["deleteVariable"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/wizards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Wizards (wizards) */
        get: operations["getWizards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/settings/wizards/{wizard_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                wizard_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        /** Get Wizard by ID (wizards) */
        get: operations["getWizard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file for bulk write
         * @description A ZIP of one CSV (at most 25 MB, 25,000 rows), uploaded to the **content host** of
         *     the data centre, not the API domain. The first CSV row holds field API names (or
         *     use `field_mappings` in the job).
         */
        post: operations["uploadBulkWriteFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: operations["getUsers"];
        /** Update users */
        put: operations["updateUsers"];
        /**
         * Add users
         * @description Each new user gets an invitation email; `last_name`, `email`, `role` and `profile` are required.
         */
        post: operations["createUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/users/{id}/actions/transfer_and_delete": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** User Transfer and Delete (users transfer delete) */
        post: operations["runUserTransferAndDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/users/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        /** Get a user */
        get: operations["getUser"];
        /** Update a user */
        put: operations["updateUser"];
        post?: never;
        /** Delete a user */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/users/{user_id}/actions/associated_groups": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        /** List the groups a user belongs to */
        get: operations["getUserAssociatedGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/users/{user_id}/territories": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        /** List the territories of a user */
        get: operations["getUserTerritories"];
        /** Add territories to a user */
        put: operations["associateUserTerritories"];
        post?: never;
        /** Remove territories from a user */
        delete: operations["removeUserTerritories"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/users/{user_id}/territories/{territory_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                territory_id: components["parameters"]["territory_id_path"];
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        /** Get one territory of a user */
        get: operations["getUserTerritory"];
        put?: never;
        post?: never;
        /** Remove one territory from a user */
        delete: operations["removeUserTerritory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/users/actions/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count users */
        get: operations["getUsersCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/crm/v8/users/actions/transfer_and_delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get Status (users transfer delete) */
        get: operations["getUsersTransferAndDelete"];
        put?: never;
        /** Users Transfer and Delete (users transfer delete) */
        post: operations["runUsersTransferAndDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    recordNotification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A record event Zoho sends to a channel's notify_url
         * @description Zoho POSTs this JSON to the `notify_url` of a channel subscribed with
         *     `enableNotifications`. Check `token` and `channel_id`, answer 2xx quickly, and fetch
         *     the changed records by `ids` if you need more than `affected_fields`.
         */
        post: operations["receiveRecordNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description One failed item of a batch; same shape as `ErrorResponse`. */
        ActionError: {
            code: components["schemas"]["ErrorCode"];
            details: components["schemas"]["ErrorDetails"];
            message: string;
            /** @constant */
            status: "error";
        };
        /**
         * @description The per-item result of a write. A batch of N items returns N results in input order;
         *     some may succeed while others fail. Narrow on `status`.
         */
        ActionResult: components["schemas"]["ActionSuccess"] | components["schemas"]["ActionError"];
        /** @description `{"data": [ActionResult...]}`, one result per input item, in input order. */
        ActionResultsResponse: {
            data: components["schemas"]["ActionResult"][];
        };
        /**
         * @description One successful item of a batch, e.g. `{"code":"SUCCESS","details":{"id":"...",
         *     "Created_Time":"..."},"message":"record added","status":"success"}`. Upserts add
         *     `action` (what happened to the record) and, for an update, `duplicate_field` (the
         *     field that matched the existing record).
         */
        ActionSuccess: {
            /** @enum {string} */
            action?: "insert" | "update";
            code: components["schemas"]["SuccessCode"];
            details: components["schemas"]["SuccessDetails"];
            duplicate_field?: string | null;
            message: string;
            /** @constant */
            status: "success";
        };
        AddTagsRequest: {
            /** @description Records to tag (bulk endpoint only, up to 100). */
            ids?: components["schemas"]["Id"][];
            /** @description Replace the records' existing tags. */
            over_write?: boolean;
            tags: {
                color_code?: string;
                name: string;
            }[];
        };
        /** @description An item of `appointment_preferences` (appointment_preference). Zoho's files name the key only; known keys are typed, any other passes through. */
        AppointmentPreference: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description An item of `assignment_rules` (assignment_rules). Zoho's files name the key only; known keys are typed, any other passes through. */
        AssignmentRule: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        AssociatedUsersCountResponse: {
            associated_users_count: {
                count?: number | string;
                territory?: {
                    id?: components["schemas"]["Id"];
                    name?: string;
                    subordinates?: boolean;
                };
            }[];
            info?: components["schemas"]["Info"];
        };
        Attachment: {
            $attachment_type?: number;
            $editable?: boolean;
            $file_id?: string;
            $link_url?: string | null;
            $se_module?: string;
            $sharing_permission?: string;
            $state?: string;
            /** @description `Attachment` for a file, `Link URL` for a link. */
            $type?: string;
            Created_By?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            Created_Time?: string;
            File_Name?: string;
            id?: components["schemas"]["Id"];
            Modified_By?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            Modified_Time?: string;
            Owner?: components["schemas"]["RecordOwner"];
            Parent_Id?: {
                id?: components["schemas"]["Id"];
                name?: string;
            };
            /** @description Size in bytes, as a string. */
            Size?: string;
        } & {
            [key: string]: unknown;
        };
        AttachmentListResponse: {
            data: components["schemas"]["Attachment"][];
            info?: components["schemas"]["Info"];
        };
        /** @description A file of at most 20 MB in the part named `file`. */
        AttachmentUpload: {
            file: components["schemas"]["Binary"];
        };
        /** @description An item of `audit_log_export` (audit_log_export). Zoho's files name the key only; known keys are typed, any other passes through. */
        AuditLogExport: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        AvailableCurrenciesResponse: {
            available_currencies: {
                decimal_places?: string;
                decimal_separator?: string;
                display_name?: string;
                display_value?: string;
                iso_code?: string;
                symbol?: string;
                thousand_separator?: string;
            }[];
        };
        /** @description An item of `backup` (backup). Zoho's files name the key only; known keys are typed, any other passes through. */
        Backup: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description An item of `history` (backup). Zoho's files name the key only; known keys are typed, any other passes through. */
        BackupHistoryEntry: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description An item of `urls` (backup). Zoho's files name the key only; known keys are typed, any other passes through. */
        BackupUrls: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        BaseCurrencyActionResponse: {
            base_currency: components["schemas"]["ActionResult"];
        };
        BaseCurrencyRequest: {
            base_currency: components["schemas"]["Currency"];
        };
        /**
         * Format: binary
         * @description Raw file content.
         */
        Binary: string;
        BlueprintResponse: {
            blueprint: {
                process_info?: {
                    api_name?: string;
                    escalation?: {
                        [key: string]: unknown;
                    } | null;
                    field_id?: components["schemas"]["Id"];
                    field_label?: string;
                    field_value?: string;
                    id?: components["schemas"]["Id"];
                    is_continuous?: boolean;
                    name?: string;
                } & {
                    [key: string]: unknown;
                };
                transitions?: components["schemas"]["BlueprintTransition"][];
            };
        };
        BlueprintTransition: {
            criteria_matched?: boolean;
            data?: components["schemas"]["Record"];
            /** Format: date-time */
            execution_time?: string;
            /** @description Fields to fill during the transition (field metadata). */
            fields?: components["schemas"]["Field"][];
            id?: components["schemas"]["Id"];
            name?: string;
            next_field_value?: string;
            next_transitions?: {
                id?: components["schemas"]["Id"];
                name?: string;
            }[];
            percent_partial_save?: number;
            type?: string;
        } & {
            [key: string]: unknown;
        };
        BlueprintUpdateRequest: {
            blueprint: {
                data?: components["schemas"]["Record"];
                transition_id: components["schemas"]["Id"];
            }[];
        };
        /**
         * @description State of a bulk read job.
         * @enum {string}
         */
        BulkJobState: "ADDED" | "QUEUED" | "IN PROGRESS" | "COMPLETED" | "FAILURE";
        BulkReadJob: {
            callback?: components["schemas"]["Callback"];
            created_by?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            created_time?: string;
            /** @enum {string} */
            file_type?: "csv" | "ics";
            id?: components["schemas"]["Id"];
            /** @constant */
            operation?: "read";
            query?: components["schemas"]["BulkReadQuery"];
            result?: components["schemas"]["BulkReadResult"];
            state?: components["schemas"]["BulkJobState"];
        };
        BulkReadJobCreated: {
            data: {
                /** @constant */
                code: "ADDED_SUCCESSFULLY";
                details: {
                    created_by?: components["schemas"]["MinifiedUser"];
                    /** Format: date-time */
                    created_time?: string;
                    id?: components["schemas"]["Id"];
                    /** @constant */
                    operation?: "read";
                    state?: components["schemas"]["BulkJobState"];
                };
                message: string;
                /** @constant */
                status: "success";
            }[];
            info?: {
                [key: string]: unknown;
            };
        };
        BulkReadJobRequest: {
            callback?: components["schemas"]["Callback"];
            /**
             * @description `ics` is for the Events module only. Default csv.
             * @enum {string}
             */
            file_type?: "csv" | "ics";
            query: components["schemas"]["BulkReadQuery"];
        };
        BulkReadJobResponse: {
            data: components["schemas"]["BulkReadJob"][];
        };
        BulkReadQuery: {
            criteria?: components["schemas"]["Criteria"];
            cvid?: components["schemas"]["Id"];
            /** @description Field API names to export (all fields when omitted). */
            fields?: string[];
            module: components["schemas"]["MinifiedModule"];
            /** @description Each page is up to 200,000 records. */
            page?: number;
            /** @description `next_page_token` of the previous job, to export past the first pages. */
            page_token?: string;
        };
        /** @description Present once the job is COMPLETED. */
        BulkReadResult: {
            count?: number;
            /** @example /crm/bulk/v8/read/554023000000568002/result */
            download_url?: string;
            more_records?: boolean;
            next_page_token?: string | null;
            page?: number;
            per_page?: number;
        };
        /** @description Value used when the column is empty or the field is unmapped. */
        BulkWriteDefaultValue: {
            module?: string;
            name?: string;
            value?: unknown;
        };
        BulkWriteFieldMapping: {
            api_name: string;
            default_value?: components["schemas"]["BulkWriteDefaultValue"];
            /** @description For lookups: the field of the looked-up module to match (e.g. `id`, `Email`). */
            find_by?: string;
            /** @description Date/datetime pattern, e.g. `MM/dd/yyyy`. */
            format?: string;
            /** @description Zero-based CSV column. */
            index?: number;
            /** @description For multi-module lookups: the target module. */
            module?: string;
            parent_column_index?: number;
        };
        BulkWriteJob: {
            callback?: components["schemas"]["Callback"];
            character_encoding?: string;
            created_by?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            created_time?: string;
            id?: components["schemas"]["Id"];
            /** @enum {string} */
            operation?: "insert" | "update" | "upsert";
            resource?: (components["schemas"]["BulkWriteResource"] & {
                code?: string;
                file?: {
                    added_count?: number;
                    name?: string;
                    skipped_count?: number;
                    status?: components["schemas"]["BulkWriteStatus"];
                    total_count?: number;
                    updated_count?: number;
                };
                message?: string;
                status?: components["schemas"]["BulkWriteStatus"];
            })[];
            /** @description Present once the job is COMPLETED. */
            result?: {
                /**
                 * @description A ZIP holding one CSV with STATUS, RECORD_ID and ERRORS columns.
                 * @example https://download-accl.zoho.com/v2/crm/6735/bulk-write/554023000000568002/554023000000568002.zip
                 */
                download_url?: string;
            };
            status?: components["schemas"]["BulkWriteStatus"];
        };
        BulkWriteJobCreated: {
            /** @constant */
            code: "SUCCESS";
            details: {
                created_by?: components["schemas"]["MinifiedUser"];
                id: components["schemas"]["Id"];
            };
            message: string;
            /** @constant */
            status: "success";
        };
        BulkWriteJobRequest: {
            callback?: components["schemas"]["Callback"];
            /** @example UTF-8 */
            character_encoding?: string;
            ignore_empty?: boolean;
            /** @enum {string} */
            operation: "insert" | "update" | "upsert";
            resource: components["schemas"]["BulkWriteResource"][];
        };
        BulkWriteResource: {
            /** @description Column-to-field mapping; when omitted the CSV header must hold field API names. */
            field_mappings?: components["schemas"]["BulkWriteFieldMapping"][];
            file_id: string;
            file_names?: string[];
            /** @description Field that identifies existing records (required for update and upsert). */
            find_by?: string;
            ignore_empty?: boolean;
            module: components["schemas"]["MinifiedModule"];
            /** @constant */
            type: "data";
        };
        /** @enum {string} */
        BulkWriteStatus: "ADDED" | "IN PROGRESS" | "COMPLETED" | "FAILED" | "SKIPPED";
        BulkWriteUploadResponse: {
            /** @constant */
            code: "FILE_UPLOAD_SUCCESS";
            details: {
                /** Format: date-time */
                created_time?: string;
                /** @description The id to put in the job's `resource[].file_id`. */
                file_id: string;
            };
            /** @example file uploaded. */
            message: string;
            /** @constant */
            status: "success";
        };
        /** @description An item of `business_hours` (business_hours). Zoho's files name the key only; known keys are typed, any other passes through. */
        BusinessHour: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description An item of `cadences` (cadences). Zoho's files name the key only; known keys are typed, any other passes through. */
        Cadence: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description Where Zoho POSTs the job details when an async job completes or fails. */
        Callback: {
            /** @enum {string} */
            method?: "post";
            /** Format: uri */
            url: string;
        };
        /** @description An item of `call_preferences` (call_preferences). Zoho's files name the key only; known keys are typed, any other passes through. */
        CallPreference: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        ChangeOwnerManyRequest: components["schemas"]["ChangeOwnerRequest"] & {
            ids: components["schemas"]["Id"][];
        };
        ChangeOwnerRequest: {
            /** @description Email the new owner. */
            notify?: boolean;
            owner: components["schemas"]["IdRef"];
            /** @description Related records (e.g. Tasks, Deals) whose owner changes too. */
            related_modules?: components["schemas"]["MinifiedModule"][];
        };
        /** @description A number you choose (a long) that comes back in every notification of the channel. */
        ChannelId: string | number;
        /**
         * @description Comparators of the criteria tree (bulk read, custom views, mass actions).
         * @enum {string}
         */
        Comparator: "equal" | "not_equal" | "in" | "not_in" | "less_than" | "less_equal" | "greater_than" | "greater_equal" | "contains" | "not_contains" | "starts_with" | "ends_with" | "between" | "not_between" | "like" | "not_like";
        CompositeRequest: {
            __composite_requests: components["schemas"]["CompositeSubRequest"][];
            /** @description The older name of `parallel_execution` (it is the name in Zoho's published OAS file). */
            concurrent_execution?: boolean;
            /**
             * @description Run independent sub-requests in parallel (default true, false when
             *     rollback_on_fail is true). Both true is AMBIGUITY_DURING_PROCESSING.
             */
            parallel_execution?: boolean;
            /** @description Roll back every sub-request if one fails (runs them in one transaction). Default false. */
            rollback_on_fail?: boolean;
        };
        CompositeResponse: {
            __composite_requests: components["schemas"]["CompositeSubResponse"][];
        };
        CompositeSubRequest: {
            body?: {
                [key: string]: unknown;
            };
            /** @description Extra headers; `Authorization` and `X-CRM-ORG` are not allowed here. */
            headers?: {
                [key: string]: string;
            };
            /** @enum {string} */
            method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
            params?: {
                [key: string]: unknown;
            };
            /** @description Name to reference this response from later sub-requests: `@{id:$.data[0].details.id}`. */
            sub_request_id?: string;
            /**
             * @description A CRM path such as `/crm/v8/Leads`.
             * @example /crm/v8/Leads
             */
            uri: string;
        };
        CompositeSubResponse: {
            code?: string;
            details?: {
                response?: {
                    /** @description The sub-request's response body (JSON), absent for 204. */
                    body?: unknown;
                    headers?: {
                        [key: string]: string;
                    };
                    status_code?: number;
                };
                rollback_performed?: boolean;
            };
            message?: string;
            /** @enum {string} */
            status?: "success" | "error";
        };
        ContactRole: {
            id?: components["schemas"]["Id"];
            name?: string;
            sequence_number?: number;
        };
        ContactRolesActionResponse: {
            contact_roles: components["schemas"]["ActionResult"][];
        };
        ContactRolesResponse: {
            contact_roles: components["schemas"]["ContactRole"][];
        };
        ContactRolesWriteRequest: {
            contact_roles: components["schemas"]["ContactRole"][];
        };
        /** @description An item of `__conversion_options` (conversion_option). Zoho's files name the key only; known keys are typed, any other passes through. */
        ConversionOption: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description How to convert one lead. By default a contact and an account are created (or matched);
         *     pass `Accounts`/`Contacts` ids to associate existing ones, and `Deals` to create a deal.
         */
        ConvertLeadInput: {
            Accounts?: components["schemas"]["IdRef"];
            assign_to?: components["schemas"]["IdRef"];
            /** @description Tags of the lead to copy, per target module, e.g. `{"Contacts": ["Hot"]}`. */
            carry_over_tags?: {
                [key: string]: string[];
            };
            Contacts?: components["schemas"]["IdRef"];
            /** @description Fields of the deal to create (Deal_Name, Stage, Closing_Date... as the layout requires). */
            Deals?: components["schemas"]["Record"];
            /** @description Module (Contacts, Accounts or Deals) that receives the lead's attachments. */
            move_attachments_to?: components["schemas"]["MinifiedModule"];
            notify_lead_owner?: boolean;
            notify_new_entity_owner?: boolean;
            /** @description Overwrite the existing account/contact with the lead's data. */
            overwrite?: boolean;
        };
        ConvertLeadRequest: {
            data: components["schemas"]["ConvertLeadInput"][];
        };
        ConvertLeadResponse: {
            data: components["schemas"]["ConvertLeadResult"][];
        };
        ConvertLeadResult: {
            /** @constant */
            code: "SUCCESS";
            /** @description The records the lead became; `Deals` is null when no deal was created. */
            details: {
                Accounts?: components["schemas"]["NamedRef"] | null;
                Contacts?: components["schemas"]["NamedRef"] | null;
                Deals?: components["schemas"]["NamedRef"] | null;
            };
            message: string;
            /** @constant */
            status: "success";
        } | components["schemas"]["ActionError"];
        CoqlRequest: {
            /**
             * @description e.g. `select Last_Name, Email from Leads where Lead_Source = 'Web' limit 0, 200`.
             *     At most 50 fields, 2,000 rows per call and an offset of 100,000 through LIMIT.
             * @example select Last_Name, Email from Leads where Lead_Source = 'Web' limit 0, 200
             */
            select_query: string;
        };
        CoqlResponse: {
            data: components["schemas"]["Record"][];
            info: {
                count?: number;
                more_records?: boolean;
            };
        };
        CountResponse: {
            /**
             * @description A number; some endpoints (e.g. the tag records count) send it as a numeric string.
             * @example 79
             */
            count: number | string;
        };
        /**
         * @description A criteria tree. A leaf has `field`, `comparator` and `value`; a group has
         *     `group_operator` and `group` (up to 25 conditions in bulk read).
         */
        Criteria: {
            comparator?: components["schemas"]["Comparator"];
            field?: {
                api_name?: string;
                id?: components["schemas"]["Id"];
            };
            group?: components["schemas"]["Criteria"][];
            /** @enum {string} */
            group_operator?: "and" | "or" | "AND" | "OR";
            /** @description e.g. `value`; present in some metadata responses. */
            type?: string;
            /** @description A string, number, boolean, array (for in/between) or `${EMPTY}`. */
            value?: unknown;
        };
        CurrenciesActionResponse: {
            currencies: components["schemas"]["ActionResult"][];
        };
        CurrenciesResponse: {
            currencies: components["schemas"]["Currency"][];
        };
        CurrenciesWriteRequest: {
            currencies: components["schemas"]["Currency"][];
        };
        Currency: {
            created_by?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            created_time?: string;
            /** @description Rate against the base currency, as a decimal string. */
            exchange_rate?: string;
            format?: {
                /** @enum {string} */
                decimal_places?: "0" | "2" | "3";
                /** @enum {string} */
                decimal_separator?: "Period" | "Comma";
                /** @enum {string} */
                thousand_separator?: "Comma" | "Period" | "Space";
            };
            id?: components["schemas"]["Id"];
            is_active?: boolean;
            is_base?: boolean;
            /** @example EUR */
            iso_code?: string;
            modified_by?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            modified_time?: string;
            name?: string;
            prefix_symbol?: boolean;
            symbol?: string;
        };
        CustomView: {
            /** @enum {string} */
            access_type?: "public" | "shared" | "only_to_me";
            /** @example public_views */
            category?: string;
            created_by?: components["schemas"]["MinifiedUser"] | null;
            /** Format: date-time */
            created_time?: string | null;
            criteria?: components["schemas"]["Criteria"] | null;
            default?: boolean;
            display_value?: string;
            favorite?: number | null;
            fields?: {
                _pin?: boolean;
                api_name?: string;
                id?: components["schemas"]["Id"];
            }[];
            id?: components["schemas"]["Id"];
            /** Format: date-time */
            last_accessed_time?: string | null;
            locked?: boolean;
            modified_by?: components["schemas"]["MinifiedUser"] | null;
            /** Format: date-time */
            modified_time?: string | null;
            module?: components["schemas"]["MinifiedModule"];
            name?: string;
            offline?: boolean;
            shared_to?: {
                id?: components["schemas"]["Id"];
                name?: string;
                subordinates?: boolean;
                /** @enum {string} */
                type?: "users" | "roles" | "groups" | "territories";
            }[] | null;
            sort_by?: {
                api_name?: string;
                id?: components["schemas"]["Id"];
            } | null;
            sort_order?: components["schemas"]["SortOrder"] | null;
            system_defined?: boolean;
            system_name?: string | null;
        } & {
            [key: string]: unknown;
        };
        CustomViewsActionResponse: {
            custom_views: components["schemas"]["ActionResult"][];
        };
        CustomViewSortRequest: {
            custom_views: {
                id?: components["schemas"]["Id"];
                sort_by?: {
                    api_name?: string;
                    id?: components["schemas"]["Id"];
                };
                sort_order?: components["schemas"]["SortOrder"];
            }[];
        };
        CustomViewsResponse: {
            custom_views: components["schemas"]["CustomView"][];
            info?: {
                count?: number;
                /** @description Id of the default view. */
                default?: string;
                more_records?: boolean;
                page?: number;
                per_page?: number;
                translation?: {
                    [key: string]: string;
                };
            };
        };
        DeletedRecord: {
            created_by?: components["schemas"]["MinifiedUser"];
            deleted_by?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            deleted_time?: string;
            display_name?: string;
            id?: components["schemas"]["Id"];
            /** @enum {string} */
            type?: "recycle" | "permanent";
        };
        DeletedRecordListResponse: {
            data: components["schemas"]["DeletedRecord"][];
            info?: components["schemas"]["Info"];
        };
        DeletedTerritoriesResponse: {
            info?: components["schemas"]["Info"];
            territories: {
                deleted_by?: components["schemas"]["MinifiedUser"];
                /** Format: date-time */
                deleted_time?: string;
                id?: components["schemas"]["Id"];
                name?: string;
            }[];
        };
        EmailAddress: {
            email: string;
            user_name?: string;
        };
        /** @description An item of `email_compose` (email_compose). Zoho's files name the key only; known keys are typed, any other passes through. */
        EmailCompose: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description An item of `__email_drafts` (email_drafts). Zoho's files name the key only; known keys are typed, any other passes through. */
        EmailDraft: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description An item of `Emails` (email_related_records). Zoho's files name the key only; known keys are typed, any other passes through. */
        EmailMessage: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description An item of `__emails_sharing_details` (email_sharing_details). Zoho's files name the key only; known keys are typed, any other passes through. */
        EmailsSharingDetail: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        EmailTemplate: {
            associated?: boolean;
            attachments?: {
                file_id?: string;
                file_name?: string;
                id?: components["schemas"]["Id"];
                size?: number;
            }[];
            category?: string;
            consent_linked?: boolean;
            /** @description HTML; only when a single template is fetched. */
            content?: string;
            created_by?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            created_time?: string;
            description?: string | null;
            editor_mode?: string;
            favorite?: boolean;
            folder?: components["schemas"]["TemplateFolder"];
            id?: components["schemas"]["Id"];
            /** Format: date-time */
            last_usage_time?: string | null;
            modified_by?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            modified_time?: string;
            module?: components["schemas"]["MinifiedModule"];
            name?: string;
            subject?: string;
        } & {
            [key: string]: unknown;
        };
        EmailTemplatesResponse: {
            email_templates: components["schemas"]["EmailTemplate"][];
            info?: components["schemas"]["Info"];
        };
        /**
         * @description The `code` of an error, in the envelope of a failed request (`ErrorResponse`) and in a
         *     failed per-item result (`ActionError`). Zoho adds codes over time; treat an unknown
         *     code as a generic failure.
         * @enum {string}
         */
        ErrorCode: "INVALID_TOKEN" | "AUTHENTICATION_FAILURE" | "AUTHORIZATION_FAILED" | "OAUTH_SCOPE_MISMATCH" | "NO_PERMISSION" | "FEATURE_NOT_ENABLED" | "FEATURE_NOT_SUPPORTED" | "NOT_SUPPORTED" | "LICENSE_LIMIT_EXCEEDED" | "INVALID_URL_PATTERN" | "INVALID_REQUEST_METHOD" | "INVALID_REQUEST" | "INVALID_MODULE" | "INVALID_DATA" | "INVALID_FIELD" | "INVALID_FORMAT" | "MANDATORY_NOT_FOUND" | "REQUIRED_PARAM_MISSING" | "EXPECTED_FIELD_MISSING" | "EXPECTED_PARAM_MISSING" | "DEPENDENT_FIELD_MISSING" | "DEPENDENT_MISMATCH" | "AMBIGUITY_DURING_PROCESSING" | "PATTERN_NOT_MATCHED" | "MAPPING_MISMATCH" | "DATA_MISMATCH" | "JSON_PARSE_ERROR" | "REQUEST_BODY_IS_EMPTY" | "MEDIA_TYPE_NOT_SUPPORTED" | "API_NOT_SUPPORTED" | "VERSION_NOT_SUPPORTED" | "RESERVED_KEYWORD_NOT_ALLOWED" | "DUPLICATE_DATA" | "RECORD_LOCKED" | "RECORD_IN_BLUEPRINT" | "RECORD_NOT_IN_PROCESS" | "NOT_APPROVED" | "ID_ALREADY_CONVERTED" | "CONVERTED_RECORD" | "CANNOT_DELETE" | "CANNOT_PERFORM_ACTION" | "CANNOT_PROCESS" | "CANNOT_UPDATE" | "NOT_ALLOWED" | "ALREADY_USED" | "ALREADY_SCHEDULED" | "RESOURCE_NOT_FOUND" | "NOT_FOUND" | "NO_RECORDS_FOUND" | "BLOCKED_RECORD" | "TERRITORY_NOT_ENABLED" | "CURRENCIES_NOT_ENABLED" | "LIMIT_EXCEEDED" | "LIMIT_REACHED" | "TOO_MANY_REQUESTS" | "FILE_SIZE_MORE_THAN_ALLOWED_SIZE" | "FILE_TOO_LARGE" | "STORAGE_SPACE_EXCEEDED" | "INVALID_FILE_FORMAT" | "INVALID_FILE_ID" | "VIRUS_DETECTED" | "SYNTAX_ERROR" | "INVALID_QUERY" | "INVALID_CRITERIA" | "QUERY_NOT_SUPPORTED" | "CRITERIA_LIMIT_EXCEEDED" | "JOIN_LIMIT_EXCEEDED" | "PAGE_RANGE_EXCEEDED" | "FIELD_NOT_AVAILABLE" | "FIELD_NOT_SUPPORTED" | "FIELD_IN_CRITERIA_NOT_SUPPORTED" | "VALUE_IN_CRITERIA_NOT_SUPPORTED" | "FIELD_AND_COMPARATOR_IN_CRITERIA_NOT_COMPATIBLE" | "INVALID_CALLBACK_URL" | "INVALID_CALLBACK_METHOD" | "INVALID_BULK_OPERATION" | "CALLBACK_FAILURE" | "MANDATORY_FIELDS_NOT_MAPPED" | "COLUMN_INDEX_NOT_FOUND" | "INTERNAL_ERROR" | "INTERNAL_SERVER_ERROR" | "REQUEST_TIMEOUT" | "ROLLBACK_PERFORMED" | "PROCESSING_STOPPED";
        /**
         * @description What Zoho knows about an error. Which keys are present depends on the code:
         *     `api_name` and `json_path` point at the offending input; `expected_data_type`,
         *     `maximum_length`, `supported_values` and `regex` explain INVALID_DATA;
         *     `duplicate_record` names the record that caused DUPLICATE_DATA; `limit` is given with
         *     LIMIT_EXCEEDED; `param_name` with REQUIRED_PARAM_MISSING; `line`, `column` and `near`
         *     locate a COQL SYNTAX_ERROR.
         */
        ErrorDetails: {
            api_name?: string;
            /** @description COQL SYNTAX_ERROR only. */
            column?: number;
            duplicate_record?: {
                id?: components["schemas"]["Id"];
                module?: components["schemas"]["MinifiedModule"];
                Owner?: components["schemas"]["MinifiedUser"];
            };
            expected_data_type?: string;
            id?: components["schemas"]["Id"];
            /** @example $.data[0].Last_Name */
            json_path?: string;
            limit?: number;
            limit_due_to?: string;
            /** @description COQL SYNTAX_ERROR only. */
            line?: number;
            maximum_length?: number;
            minimum_length?: number;
            /** @description COQL SYNTAX_ERROR only. */
            near?: string;
            param?: string;
            param_name?: string;
            permissions?: string[];
            regex?: string;
            resource_path_index?: number;
            supported_values?: unknown[];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The envelope of a failed request (4xx and 5xx), e.g.
         *     `{"code":"INVALID_TOKEN","details":{},"message":"invalid oauth token","status":"error"}`.
         */
        ErrorResponse: {
            code: components["schemas"]["ErrorCode"];
            details?: components["schemas"]["ErrorDetails"];
            message: string;
            /** @constant */
            status: "error";
        };
        /** @description An item of `__features` (features). Zoho's files name the key only; known keys are typed, any other passes through. */
        Feature: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        FeatureExecution: {
            /**
             * @example layout_rules
             * @enum {string}
             */
            name: "layout_rules" | "cadences";
        };
        Field: {
            api_name?: string;
            associated_module?: components["schemas"]["MinifiedModule"] | null;
            auto_number?: {
                prefix?: string;
                start_number?: number;
                suffix?: string;
            } | null;
            column_name?: string | null;
            /** @example default */
            created_source?: string;
            crypt?: {
                [key: string]: unknown;
            } | null;
            currency?: {
                precision?: number;
                /** @enum {string} */
                rounding_option?: "normal" | "round_up" | "round_off" | "round_down";
            } | null;
            custom_field?: boolean;
            data_type?: components["schemas"]["FieldDataType"];
            decimal_place?: number | null;
            default_value?: string | null;
            display_label?: string;
            display_type?: number;
            enable_colour_code?: boolean;
            external?: {
                [key: string]: unknown;
            } | null;
            field_label?: string;
            field_read_only?: boolean;
            filterable?: boolean;
            formula?: {
                expression?: string;
                return_type?: string;
            } | null;
            hipaa_compliance_enabled?: boolean;
            history_tracking?: boolean | Record<string, never> | null;
            id?: components["schemas"]["Id"];
            /** @enum {string|null} */
            json_type?: "string" | "integer" | "double" | "boolean" | "jsonobject" | "jsonarray" | null;
            layout_associations?: {
                api_name?: string;
                id?: components["schemas"]["Id"];
                name?: string;
            }[];
            length?: number;
            lookup?: {
                api_name?: string;
                display_label?: string;
                id?: components["schemas"]["Id"];
                module?: components["schemas"]["MinifiedModule"];
                query_details?: {
                    [key: string]: unknown;
                } | null;
                revalidate_filter_during_edit?: boolean;
            } | null;
            /** @description In layout sections and blueprint transitions. */
            mandatory?: boolean;
            mass_update?: boolean;
            multiselectlookup?: {
                [key: string]: unknown;
            } | null;
            multiuserlookup?: {
                [key: string]: unknown;
            } | null;
            operation_type?: {
                api_create?: boolean;
                api_update?: boolean;
                web_create?: boolean;
                web_update?: boolean;
            };
            pick_list_values?: components["schemas"]["PickListValue"][];
            pick_list_values_sorted_lexically?: boolean;
            private?: {
                [key: string]: unknown;
            } | null;
            profiles?: {
                id?: components["schemas"]["Id"];
                name?: string;
                /** @enum {string} */
                permission_type?: "read_write" | "read_only" | "hidden";
            }[];
            read_only?: boolean;
            searchable?: boolean;
            sequence_number?: number;
            sortable?: boolean;
            subform?: {
                id?: components["schemas"]["Id"];
                module?: string;
            } | null;
            system_mandatory?: boolean;
            textarea?: {
                /** @enum {string} */
                type?: "small" | "large" | "rich_text";
            } | null;
            tooltip?: {
                /** @enum {string} */
                name?: "static_text" | "info_icon";
                value?: string;
            } | null;
            /** @enum {string} */
            type?: "used" | "unused";
            ui_type?: number;
            unique?: {
                casesensitive?: string;
            } | null;
            view_type?: {
                create?: boolean;
                edit?: boolean;
                quick_create?: boolean;
                view?: boolean;
            };
            virtual_field?: boolean;
            visible?: boolean;
            webhook?: boolean;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The `data_type` of a field.
         * @enum {string}
         */
        FieldDataType: "text" | "textarea" | "email" | "phone" | "website" | "picklist" | "multiselectpicklist" | "date" | "datetime" | "integer" | "bigint" | "double" | "currency" | "percent" | "boolean" | "lookup" | "ownerlookup" | "userlookup" | "multiuserlookup" | "multiselectlookup" | "multi_module_lookup" | "autonumber" | "formula" | "rollup_summary" | "fileupload" | "imageupload" | "profileimage" | "subform" | "consent_lookup" | "event_reminder" | "RRULE" | "ALARM";
        /** @description A custom field to create, or the properties of a field to change. */
        FieldInput: {
            data_type?: components["schemas"]["FieldDataType"];
            field_label?: string;
            id?: components["schemas"]["Id"];
            length?: number;
            lookup?: {
                display_label?: string;
                module?: components["schemas"]["MinifiedModule"];
            };
            pick_list_values?: components["schemas"]["PickListValue"][];
            profiles?: {
                id?: components["schemas"]["Id"];
                /** @enum {string} */
                permission_type?: "read_write" | "read_only" | "hidden";
            }[];
            tooltip?: {
                /** @enum {string} */
                name?: "static_text" | "info_icon";
                value?: string;
            };
            unique?: {
                casesensitive?: string;
            };
        } & {
            [key: string]: unknown;
        };
        FieldsActionResponse: {
            fields: components["schemas"]["ActionResult"][];
        };
        FieldsResponse: {
            fields: components["schemas"]["Field"][];
        };
        FieldsWriteRequest: {
            fields: components["schemas"]["FieldInput"][];
        };
        /** @description Up to 10 files, each in a part named `file`. */
        FilesUpload: {
            file: components["schemas"]["Binary"] | components["schemas"]["Binary"][];
        };
        /** @description A multipart/form-data body with one file part named `file`. */
        FileUpload: {
            file: components["schemas"]["Binary"];
        };
        FileUploadResponse: {
            data: ({
                /** @constant */
                code: "SUCCESS";
                details: {
                    /** @description The encrypted file id, used in file-upload fields and `GET /files?id=`. */
                    id: string;
                    name?: string;
                };
                message: string;
                /** @constant */
                status: "success";
            } | components["schemas"]["ActionError"])[];
        };
        /** @description An item of `fiscal_year` (fiscal_year). Zoho's files name the key only; known keys are typed, any other passes through. */
        FiscalYear: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        FromAddressesResponse: {
            from_addresses: {
                default?: boolean;
                email?: string;
                id?: components["schemas"]["Id"];
                /** @example primary */
                type?: string;
                user_name?: string;
            }[];
        };
        /** @description A global picklist: one set of values shared by picklist fields of several modules. Keys Zoho adds later pass through. */
        GlobalPicklist: {
            api_name?: string;
            created_by?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            created_time?: string | null;
            description?: string | null;
            display_label?: string;
            id?: components["schemas"]["Id"];
            modified_by?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            modified_time?: string | null;
            pick_list_values?: components["schemas"]["PickListValue"][];
            pick_list_values_sorted_lexically?: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description An item of `associations` (global_picklists). Zoho's files name the key only; known keys are typed, any other passes through. */
        GlobalPicklistAssociation: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description An item of `holidays` (holidays). Zoho's files name the key only; known keys are typed, any other passes through. */
        Holiday: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A Zoho record or metadata id. Ids are 64-bit numbers and zohokit always sends them as
         *     strings (JavaScript numbers lose precision above 2^53). Zoho also accepts an id as a JSON
         *     number in a request body and sends some ids back as numbers; zohokit's types keep strings.
         */
        Id: string;
        /** @description A reference to another entity by id, e.g. `{"id": "4150868000000225013"}`. */
        IdRef: {
            id: components["schemas"]["Id"];
        };
        /**
         * @description Pagination details of a list response. `page`/`per_page` work for the first 2,000
         *     records only; past that, pass `next_page_token` back as `page_token` (a token lasts
         *     24 hours, see `page_token_expiry`).
         */
        Info: {
            /** @description Present on some Activities lists. */
            call?: boolean;
            /** @description Number of records on this page. */
            count?: number;
            /** @description Present on some search responses. */
            email?: boolean;
            more_records?: boolean;
            next_page_token?: string | null;
            page?: number;
            /** Format: date-time */
            page_token_expiry?: string | null;
            per_page?: number;
            previous_page_token?: string | null;
            sort_by?: string;
            sort_order?: components["schemas"]["SortOrder"];
        };
        /**
         * @description A record of an inventory module (Quotes, Sales_Orders, Invoices, Purchase_Orders)
         *     with its line items. Each module uses one of the four subforms.
         */
        InventoryRecord: components["schemas"]["Record"] & {
            $line_tax?: components["schemas"]["LineTax"][];
            Adjustment?: number | null;
            Discount?: number | null;
            Grand_Total?: number;
            /** @description Invoices. */
            Invoiced_Items?: components["schemas"]["LineItem"][];
            /** @description Sales_Orders. */
            Ordered_Items?: components["schemas"]["LineItem"][];
            /** @description Purchase_Orders. */
            Purchase_Items?: components["schemas"]["LineItem"][];
            /** @description Quotes. */
            Quoted_Items?: components["schemas"]["LineItem"][];
            Sub_Total?: number;
            Tax?: number | null;
        };
        InventoryTemplate: {
            active?: boolean;
            category?: string;
            content?: string;
            created_by?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            created_time?: string;
            editor_mode?: string;
            favorite?: boolean;
            folder?: components["schemas"]["TemplateFolder"];
            id?: components["schemas"]["Id"];
            /** Format: date-time */
            last_usage_time?: string | null;
            modified_by?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            modified_time?: string;
            module?: components["schemas"]["MinifiedModule"];
            name?: string;
        } & {
            [key: string]: unknown;
        };
        InventoryTemplatesResponse: {
            info?: components["schemas"]["Info"];
            inventory_templates: components["schemas"]["InventoryTemplate"][];
        };
        Layout: {
            api_name?: string;
            convert_mapping?: {
                [key: string]: unknown;
            } | null;
            created_by?: components["schemas"]["MinifiedUser"] | null;
            created_for?: components["schemas"]["MinifiedUser"] | null;
            /** Format: date-time */
            created_time?: string | null;
            display_label?: string;
            generated_type?: string;
            has_more_profiles?: boolean;
            id?: components["schemas"]["Id"];
            mode?: string | null;
            modified_by?: components["schemas"]["MinifiedUser"] | null;
            /** Format: date-time */
            modified_time?: string | null;
            name?: string;
            profiles?: {
                _default_view?: {
                    [key: string]: unknown;
                } | null;
                default?: boolean;
                id?: components["schemas"]["Id"];
                name?: string;
            }[];
            sections?: components["schemas"]["Section"][];
            show_business_card?: boolean;
            source?: string;
            /** @enum {string} */
            status?: "active" | "inactive" | "downgraded";
            visible?: boolean;
        } & {
            [key: string]: unknown;
        };
        LayoutsActionResponse: {
            layouts: components["schemas"]["ActionResult"][];
        };
        LayoutsResponse: {
            layouts: components["schemas"]["Layout"][];
        };
        LayoutsWriteRequest: {
            layouts: components["schemas"]["Layout"][];
        };
        /**
         * @description A row of an inventory subform (`Quoted_Items`, `Ordered_Items`, `Invoiced_Items`,
         *     `Purchase_Items`). On update, send `id` to change an existing row, omit it to add a
         *     row, and send `{"id": ..., "_delete": null}` to remove one. Custom subform fields are
         *     allowed.
         */
        LineItem: {
            /** @description Set (to null) together with `id` to remove the row. */
            _delete?: null;
            /** @description Purchase_Items only. */
            Book?: string | null;
            Description?: string | null;
            Discount?: number | null;
            id?: components["schemas"]["Id"];
            Line_Tax?: components["schemas"]["LineTax"][];
            List_Price?: number | null;
            Net_Total?: number;
            Price_Book_Name?: {
                id?: components["schemas"]["Id"];
                name?: string;
            } | null;
            Product_Name?: {
                id: components["schemas"]["Id"];
                name?: string;
                Product_Code?: string | null;
            };
            Quantity?: number;
            Sequence_Number?: number;
            Tax?: number | null;
            Total?: number;
            Total_After_Discount?: number;
            Unit_Price?: number | null;
        } & {
            [key: string]: unknown;
        };
        /** @description One tax applied to a line item (or, as `$line_tax`, to the whole record). */
        LineTax: {
            id?: components["schemas"]["Id"];
            /** @example Sales Tax */
            name?: string;
            percentage?: number;
            value?: number;
        };
        /** @description A lock on a record (a record of the Locking_Information__s module). Keys Zoho adds later pass through. */
        LockingInformation: {
            id?: components["schemas"]["Id"];
            /**
             * @example Manual
             * @example Automation
             */
            Lock_Source__s?: string | null;
            Locked_By__s?: components["schemas"]["MinifiedUser"];
            Locked_Reason__s?: string | null;
            /** Format: date-time */
            Locked_Time__s?: string | null;
            Restricted_Actions__s?: unknown[] | null;
            Restricted_Communications__s?: unknown[] | null;
        } & {
            [key: string]: unknown;
        };
        /** @description An item of `map_dependency` (field_map_dependency). Zoho's files name the key only; known keys are typed, any other passes through. */
        MapDependency: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description Changes the owner of every record of a custom view (optionally narrowed by criteria/territory). */
        MassChangeOwnerRequest: {
            criteria?: components["schemas"]["Criteria"];
            cvid: components["schemas"]["Id"];
            owner: components["schemas"]["IdRef"];
            territory?: components["schemas"]["TerritoryFilter"];
        };
        /** @description Converts up to 50 leads in the background. */
        MassConvertRequest: {
            apply_assignment_threshold?: boolean;
            assign_to?: components["schemas"]["IdRef"];
            carry_over_tags?: components["schemas"]["MinifiedModule"][];
            Deals?: components["schemas"]["Record"];
            ids: components["schemas"]["Id"][];
            move_attachments_to?: components["schemas"]["MinifiedModule"];
            portal_user_type?: components["schemas"]["MinifiedModule"];
            related_modules?: components["schemas"]["MinifiedModule"][];
        };
        MassConvertScheduled: {
            /** @constant */
            code: "SCHEDULED";
            details: {
                job_id: components["schemas"]["Id"];
            };
            message: string;
            /** @constant */
            status: "success";
        };
        MassConvertStatusResponse: {
            data: {
                Converted_Count?: number;
                Failed_Count?: number;
                Not_Converted_Count?: number;
                Status?: components["schemas"]["MassJobStatus"];
                Total_Count?: number;
            }[];
        };
        /** @description Either `ids` (up to 500), or `cvid` (with an optional `territory`) to delete a whole view. */
        MassDeleteRequest: {
            cvid?: components["schemas"]["Id"];
            ids?: components["schemas"]["Id"][];
            territory?: components["schemas"]["TerritoryFilter"];
        };
        MassDeleteStatusResponse: {
            data: {
                Deleted_Count?: number;
                Failed_Count?: number;
                Status?: components["schemas"]["MassJobStatus"];
                Total_Count?: number;
            }[];
        };
        MassDeleteTagsRequest: {
            mass_delete: {
                module: components["schemas"]["MinifiedModule"];
                tags: components["schemas"]["IdRef"][];
            }[];
        };
        MassDeleteTagsScheduled: {
            /** @enum {string} */
            code: "SCHEDULED" | "QUEUED" | "RUNNING" | "COMPLETED" | "FAILED";
            details: {
                job_id?: components["schemas"]["Id"];
            };
            message: string;
            /** @constant */
            status: "success";
        };
        MassDeleteTagsStatusResponse: {
            mass_delete: {
                deleted_count?: number;
                failed_count?: number;
                job_id?: components["schemas"]["Id"];
                status?: components["schemas"]["MassJobStatus"];
                total_count?: number;
            }[];
        };
        MassJobResponse: {
            data: (components["schemas"]["MassJobScheduled"] | components["schemas"]["ActionError"])[];
        };
        /** @description Per-item result of a scheduled mass action; `details.job_id` is what to poll with. */
        MassJobScheduled: {
            /** @enum {string} */
            code: "SUCCESS" | "SCHEDULED";
            details: {
                id?: components["schemas"]["Id"];
                job_id?: components["schemas"]["Id"];
            };
            message: string;
            /** @constant */
            status: "success";
        };
        /** @enum {string} */
        MassJobStatus: "SCHEDULED" | "RUNNING" | "COMPLETED" | "FAILED";
        MassUpdateCriterion: {
            api_name?: string;
            comparator?: components["schemas"]["Comparator"];
            group?: components["schemas"]["MassUpdateCriterion"][];
            /** @enum {string} */
            group_operator?: "and" | "or";
            value?: unknown;
        };
        /**
         * @description The field values to set (one record in `data`), and which records to update: `ids`
         *     (up to 50,000), or a custom view `cvid` with optional `criteria` and `territory`.
         */
        MassUpdateRequest: {
            criteria?: components["schemas"]["MassUpdateCriterion"][];
            cvid?: components["schemas"]["Id"];
            data: components["schemas"]["Record"][];
            ids?: components["schemas"]["Id"][];
            /** @description Replace (not append) multi-select lookup values. */
            over_write?: boolean;
            territory?: components["schemas"]["TerritoryFilter"];
        };
        MassUpdateStatus: {
            Failed_Count?: number;
            Not_Updated_Count?: number;
            Status?: components["schemas"]["MassJobStatus"];
            Total_Count?: number;
            Updated_Count?: number;
        };
        MassUpdateStatusResponse: {
            data: components["schemas"]["MassUpdateStatus"][];
        };
        MergeRequest: {
            merge: {
                /** @description The records (up to 2) to merge into the master record in the path. */
                data: {
                    /** @description Fields whose value is taken from this record instead of the master. */
                    _fields?: {
                        api_name?: string;
                        id?: components["schemas"]["Id"];
                    }[];
                    id: components["schemas"]["Id"];
                }[];
            }[];
        };
        MergeResultResponse: {
            merge: (components["schemas"]["MassJobScheduled"] | components["schemas"]["ActionError"])[];
        };
        MergeStatusResponse: {
            merge: {
                job_id?: components["schemas"]["Id"];
                /** @example COMPLETED */
                status?: string;
            }[];
        };
        MergeTagsRequest: {
            tags: {
                conflict_id: components["schemas"]["Id"];
            }[];
        };
        /** @description A module reference, `{api_name, id}`. Either key identifies the module in requests. */
        MinifiedModule: {
            /** @example Leads */
            api_name?: string;
            id?: components["schemas"]["Id"];
        };
        /** @description A user as it appears in `Owner`, `Created_By`, `Modified_By`, `deleted_by`... */
        MinifiedUser: {
            email?: string;
            id?: components["schemas"]["Id"];
            name?: string;
        };
        Module: {
            $on_demand_properties?: string[];
            $properties?: string[];
            /** @example Leads */
            api_name?: string;
            api_supported?: boolean;
            arguments?: {
                name?: string;
                value?: string;
            }[];
            business_card_field_limit?: number;
            business_card_fields?: string[];
            convertable?: boolean;
            creatable?: boolean;
            deletable?: boolean;
            description?: string | null;
            display_field?: {
                api_name?: string;
                id?: components["schemas"]["Id"];
            } | null;
            editable?: boolean;
            email_template_support?: boolean;
            feeds_required?: boolean;
            /** @description Only with a single module (`GET /settings/modules/{module}`). */
            fields?: components["schemas"]["Field"][];
            filter_supported?: boolean;
            /** @enum {string} */
            generated_type?: "default" | "web" | "linking" | "custom" | "subform";
            global_search_supported?: boolean;
            id?: components["schemas"]["Id"];
            inventory_template_supported?: boolean;
            isBlueprintSupported?: boolean;
            kanban_view?: boolean;
            kanban_view_supported?: boolean;
            layouts?: components["schemas"]["Layout"][];
            modified_by?: components["schemas"]["MinifiedUser"] | null;
            /** Format: date-time */
            modified_time?: string | null;
            module_name?: string;
            parent_module?: components["schemas"]["MinifiedModule"] | null;
            per_page?: number;
            plural_label?: string;
            presence_sub_menu?: boolean;
            profiles?: components["schemas"]["NamedRef"][];
            quick_create?: boolean;
            recycle_bin_on_delete?: boolean;
            related_list_properties?: {
                fields?: string[];
                sort_by?: string | null;
                sort_order?: string | null;
            };
            related_lists?: components["schemas"]["RelatedList"][];
            search_layout_fields?: string[];
            sequence_number?: number;
            show_as_tab?: boolean;
            singular_label?: string;
            /** @example visible */
            status?: string;
            triggers_supported?: boolean;
            viewable?: boolean;
            visibility?: number;
            visible?: boolean;
            web_link?: string | null;
            webform_supported?: boolean;
        } & {
            [key: string]: unknown;
        };
        /** @description A custom module to create or update. */
        ModuleInput: {
            api_name?: string;
            display_field?: {
                auto_number?: {
                    prefix?: string;
                    start_number?: number;
                    suffix?: string;
                };
                /** @enum {string} */
                data_type?: "text" | "autonumber";
                field_label?: string;
            };
            id?: components["schemas"]["Id"];
            plural_label?: string;
            profiles?: components["schemas"]["IdRef"][];
            singular_label?: string;
        } & {
            [key: string]: unknown;
        };
        ModulesActionResponse: {
            modules: components["schemas"]["ActionResult"][];
        };
        ModulesResponse: {
            modules: components["schemas"]["Module"][];
        };
        ModulesWriteRequest: {
            modules: components["schemas"]["ModuleInput"][];
        };
        /** @description A lookup value as Zoho returns it, `{id, name}`. */
        NamedRef: {
            id?: components["schemas"]["Id"];
            name?: string | null;
        };
        Note: {
            $attachments?: components["schemas"]["Attachment"][] | null;
            $editable?: boolean;
            $is_shared_to_client?: boolean;
            $sharing_permission?: string;
            $size?: string | null;
            $state?: string;
            $voice_note?: boolean;
            Created_By?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            Created_Time?: string;
            id?: components["schemas"]["Id"];
            Modified_By?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            Modified_Time?: string;
            Note_Content?: string | null;
            Note_Title?: string | null;
            Owner?: components["schemas"]["RecordOwner"];
            Parent_Id?: components["schemas"]["NoteParent"];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A note to create or update. On create, `Note_Content` and `Parent_Id` (with
         *     `module.api_name`) are required; on a bulk update, `id` is required.
         */
        NoteInput: {
            id?: components["schemas"]["Id"];
            Note_Content?: string;
            Note_Title?: string;
            Parent_Id?: components["schemas"]["NoteParent"];
        } & {
            [key: string]: unknown;
        };
        NoteListResponse: {
            data: components["schemas"]["Note"][];
            info?: components["schemas"]["Info"];
        };
        /** @description The record a note belongs to. */
        NoteParent: {
            id: components["schemas"]["Id"];
            module?: {
                /** @example Leads */
                api_name?: string;
                id?: components["schemas"]["Id"];
            };
            name?: string;
        };
        NoteWriteRequest: {
            data: components["schemas"]["NoteInput"][];
        };
        /**
         * @description What Zoho POSTs (JSON) to `notify_url` when a watched event happens. Zoho may batch
         *     several record ids in one notification.
         */
        NotificationPayload: {
            /** @description On update: per record id, the API names of changed fields, e.g. `[{"4150...": ["Email"]}]`. */
            affected_fields?: {
                [key: string]: string[];
            }[];
            /** @description With `return_affected_field_values`, the new values per record. */
            affected_values?: {
                record_id?: string;
                values?: {
                    [key: string]: unknown;
                };
            }[];
            channel_id: components["schemas"]["ChannelId"];
            ids: string[];
            /** @example Leads */
            module: string;
            /** @enum {string} */
            operation: "insert" | "update" | "delete";
            /** @description Query parameters of `notify_url`, echoed back. */
            query_params?: {
                [key: string]: unknown;
            };
            /** @example https://www.zohoapis.com/crm/v8/Leads */
            resource_uri: string;
            /** @description Epoch milliseconds. */
            server_time: number;
            token?: string | null;
        };
        Org: {
            alias?: string | null;
            city?: string | null;
            company_name?: string;
            country?: string | null;
            country_code?: string | null;
            /** Format: date-time */
            created_time?: string;
            currency?: string;
            currency_locale?: string;
            currency_symbol?: string;
            description?: string | null;
            domain_name?: string;
            employee_count?: string | null;
            fax?: string | null;
            gapps_enabled?: boolean;
            hierarchy_preferences?: {
                strictly_reporting?: boolean;
                /** @enum {string} */
                type?: "Role_Hierarchy" | "Reporting_To_Hierarchy";
            };
            hipaa_compliance_enabled?: boolean;
            id?: components["schemas"]["Id"];
            iso_code?: string;
            license_details?: {
                paid?: boolean;
                /** Format: date-time */
                paid_expiry?: string | null;
                paid_type?: string;
                trial_action?: string | null;
                trial_expiry?: string | null;
                trial_type?: string | null;
                users_license_purchased?: number;
            };
            lite_users_enabled?: boolean;
            max_per_page?: number;
            /** @description Multi-currency enabled. */
            mc_status?: boolean;
            mobile?: string | null;
            phone?: string | null;
            photo_id?: string | null;
            primary_email?: string;
            primary_zuid?: string;
            privacy_settings?: boolean;
            state?: string | null;
            street?: string | null;
            time_zone?: string;
            translation_enabled?: boolean;
            /** @enum {string} */
            type?: "Production" | "Sandbox" | "Developer" | "Bigin";
            website?: string | null;
            /** @description The org id to send as `X-CRM-ORG` (bulk write upload). */
            zgid?: string;
            zip?: string | null;
        } & {
            [key: string]: unknown;
        };
        OrgPhotoResult: {
            /** @constant */
            code: "SUCCESS";
            details?: {
                [key: string]: unknown;
            };
            message: string;
            /** @constant */
            status: "success";
        };
        OrgResponse: {
            org: components["schemas"]["Org"][];
        };
        /** @description Result of uploading or deleting a photo (not wrapped in `data`). */
        PhotoResult: {
            /** @constant */
            code: "SUCCESS";
            details?: {
                [key: string]: unknown;
            };
            /** @example photo uploaded successfully */
            message: string;
            /** @constant */
            status: "success";
        };
        PickListValue: {
            /** @description Set on update to remove the value. */
            _delete?: boolean;
            actual_value?: string;
            colour_code?: string | null;
            display_value?: string;
            expected_data_type?: string | null;
            forecast_category?: {
                [key: string]: unknown;
            } | null;
            forecast_type?: string;
            id?: components["schemas"]["Id"];
            maps?: {
                [key: string]: unknown;
            }[];
            /** @description Deals Stage only. */
            probability?: number;
            reference_value?: string;
            sequence_number?: number;
            /** @enum {string} */
            type?: "used" | "unused";
        };
        /** @description An item of `pick_list_values_associations` (global_picklists). Zoho's files name the key only; known keys are typed, any other passes through. */
        PickListValuesAssociation: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description A pipeline of a Deals layout: its stages (`maps`) in order. Keys Zoho adds later pass through. */
        Pipeline: {
            actual_value?: string;
            child_available?: boolean;
            default?: boolean;
            display_value?: string;
            id?: components["schemas"]["Id"];
            maps?: ({
                actual_value?: string;
                colour_code?: string | null;
                display_value?: string;
                forecast_category?: components["schemas"]["NamedRef"] | null;
                forecast_type?: string;
                id?: components["schemas"]["Id"];
                probability?: number | null;
                sequence_number?: number;
            } & {
                [key: string]: unknown;
            })[];
            parent?: components["schemas"]["NamedRef"] | null;
        } & {
            [key: string]: unknown;
        };
        /** @description An item of `portals` (portals). Zoho's files name the key only; known keys are typed, any other passes through. */
        Portal: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description An item of `portal_invite` (portal_invite). Zoho's files name the key only; known keys are typed, any other passes through. */
        PortalInvite: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description An item of `related_lists` (portals_meta). Zoho's files name the key only; known keys are typed, any other passes through. */
        PortalsMetaRelatedList: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description An item of `users` (user_type_users). Zoho's files name the key only; known keys are typed, any other passes through. */
        PortalUser: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description An item of `user_type` (portal_user_type). Zoho's files name the key only; known keys are typed, any other passes through. */
        PortalUserType: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        Profile: {
            _default_view?: {
                id?: components["schemas"]["Id"];
                name?: string;
                type?: string;
            } | null;
            _delete?: boolean | null;
            category?: boolean;
            created_by?: components["schemas"]["MinifiedUser"] | null;
            /** Format: date-time */
            created_time?: string | null;
            custom?: boolean;
            default?: boolean;
            description?: string | null;
            display_label?: string;
            id?: components["schemas"]["Id"];
            modified_by?: components["schemas"]["MinifiedUser"] | null;
            /** Format: date-time */
            modified_time?: string | null;
            name?: string;
            permission_type?: string;
            permissions_details?: components["schemas"]["ProfilePermission"][];
            sections?: {
                categories?: {
                    [key: string]: unknown;
                }[];
                name?: string;
            }[];
            /** @enum {string} */
            type?: "normal_profile" | "lite_profile";
        } & {
            [key: string]: unknown;
        };
        ProfilePermission: {
            customizable?: boolean;
            display_label?: string;
            enabled?: boolean;
            id?: components["schemas"]["Id"];
            module?: string | null;
            /** @example Crm_Implied_View_Leads */
            name?: string;
            parent_permissions?: string[];
        };
        ProfilesActionResponse: {
            profiles: components["schemas"]["ActionResult"][];
        };
        ProfilesResponse: {
            info?: {
                license_limit?: number;
            };
            profiles: components["schemas"]["Profile"][];
        };
        ProfilesWriteRequest: {
            profiles: components["schemas"]["Profile"][];
        };
        /**
         * @description A record of any module. Only the system fields are listed; every other field
         *     (standard or custom) is keyed by its field API name, hence `additionalProperties`.
         *     Field values by data type: text/picklist/email/phone/date (`yyyy-MM-dd`)/datetime
         *     (ISO 8601 with offset) as strings, numbers as numbers, multi-select picklists as
         *     arrays of strings, lookups as `{id, name}`, multi-user lookups as arrays.
         *     On writes, send only the fields to set (plus `id` on updates).
         */
        Record: {
            $approval?: {
                approve?: boolean;
                delegate?: boolean;
                reject?: boolean;
                resubmit?: boolean;
            };
            /** @example approved */
            $approval_state?: string;
            $approved?: boolean;
            /** @description Leads only. */
            $converted?: boolean;
            $converted_detail?: {
                [key: string]: unknown;
            };
            $currency_symbol?: string;
            $editable?: boolean;
            $field_states?: string[] | null;
            $has_more?: {
                [key: string]: boolean;
            };
            $in_merge?: boolean;
            $is_duplicate?: boolean;
            $layout_id?: {
                display_label?: string;
                id?: components["schemas"]["Id"];
                name?: string;
            };
            $locked_for_me?: boolean;
            $orchestration?: boolean;
            $pathfinder?: boolean | null;
            $process_flow?: boolean;
            $review?: string | null;
            $review_process?: {
                approve?: boolean;
                reject?: boolean;
                resubmit?: boolean;
            } | null;
            /** @enum {string} */
            $sharing_permission?: "full_access" | "read_write" | "read_only";
            /** @description e.g. `save` or `draft`. */
            $state?: string;
            Created_By?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            Created_Time?: string;
            /** @description ISO code of the record's currency (multi-currency orgs). */
            Currency?: string;
            Exchange_Rate?: number;
            id?: components["schemas"]["Id"];
            /** Format: date-time */
            Last_Activity_Time?: string | null;
            /** @description The layout of the record; can be set on insert. */
            Layout?: {
                id?: components["schemas"]["Id"];
                name?: string;
            };
            Modified_By?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            Modified_Time?: string;
            Owner?: components["schemas"]["RecordOwner"];
            /** @description Id of the record photo. */
            Record_Image?: string | null;
            Tag?: components["schemas"]["RecordTag"][];
        } & {
            [key: string]: unknown;
        };
        /** @description A page of records. An empty result is HTTP 204 with no body, not an empty list. */
        RecordListResponse: {
            data: components["schemas"]["Record"][];
            info?: components["schemas"]["Info"];
        };
        /** @description An item of `record_locking_configurations` (record_locking_configuration). Zoho's files name the key only; known keys are typed, any other passes through. */
        RecordLockingConfiguration: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description The record owner. On writes only `id` is needed. */
        RecordOwner: {
            email?: string;
            id?: components["schemas"]["Id"];
            name?: string;
        };
        /** @description One record, as a one-element `data` array. */
        RecordResponse: {
            data: components["schemas"]["Record"][];
            info?: components["schemas"]["Info"];
        };
        RecordShare: {
            /** @enum {string} */
            permission?: "read_only" | "read_write" | "full_access";
            share_related_records?: boolean;
            shared_by?: components["schemas"]["MinifiedUser"];
            shared_through?: {
                entity_name?: string;
                id?: components["schemas"]["Id"];
                module?: components["schemas"]["MinifiedModule"];
                name?: string;
            };
            /** Format: date-time */
            shared_time?: string;
            shared_with?: components["schemas"]["MinifiedUser"];
            /** @enum {string} */
            type?: "private" | "public";
            user?: components["schemas"]["MinifiedUser"];
        };
        RecordShareInput: {
            /** @enum {string} */
            permission: "read_only" | "read_write" | "full_access";
            share_related_records?: boolean;
            /** @enum {string} */
            type?: "private" | "public";
            user: components["schemas"]["IdRef"];
        };
        RecordShareRequest: {
            notify?: boolean;
            notify_on_completion?: boolean;
            share: components["schemas"]["RecordShareInput"][];
        };
        RecordShareResponse: {
            share?: components["schemas"]["RecordShare"][];
            shareable_user?: components["schemas"]["MinifiedUser"][];
        };
        RecordShareResultResponse: {
            notify?: boolean;
            share: components["schemas"]["ActionResult"][];
        };
        RecordShareRevokeResponse: {
            share: components["schemas"]["ActionResult"];
        };
        /** @description A tag attached to a record. */
        RecordTag: {
            color_code?: string | null;
            id?: components["schemas"]["Id"];
            name?: string;
        };
        RecordTagsResponse: {
            data: ({
                /** @constant */
                code: "SUCCESS";
                details: {
                    id?: components["schemas"]["Id"];
                    tags?: components["schemas"]["RecordTag"][];
                };
                message: string;
                /** @constant */
                status: "success";
            } | components["schemas"]["ActionError"])[];
            locked_count?: string | number;
            success_count?: string | number;
            wf_scheduler?: boolean;
        };
        /** @description Body of insert, update and upsert (at most 100 records per call). */
        RecordWriteRequest: {
            /** @description Features to apply to API writes that are skipped by default (layout rules). */
            apply_feature_execution?: components["schemas"]["FeatureExecution"][];
            data: components["schemas"]["Record"][];
            /** @description Upsert only. Fields that identify an existing record, in priority order. */
            duplicate_check_fields?: string[];
            /** @description Id of the lead assignment rule to apply (Leads insert). */
            lar_id?: string;
            /** @description Processes to run, e.g. `["review_process"]`. */
            process?: string[];
            /** @description Features to skip (e.g. cadences). */
            skip_feature_execution?: components["schemas"]["FeatureExecution"][];
            trigger?: components["schemas"]["Trigger"][];
            /** @description Legacy switch for workflow rules; prefer `trigger`. */
            wf_trigger?: boolean;
        };
        RecycleBinActionResponse: {
            recycle_bin: components["schemas"]["ActionResult"][];
        };
        RecycleBinEntry: {
            deleted_by?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            deleted_time?: string;
            display_name?: string;
            id?: components["schemas"]["Id"];
            module?: components["schemas"]["MinifiedModule"];
            owner?: components["schemas"]["MinifiedUser"] | null;
        };
        RecycleBinResponse: {
            info?: components["schemas"]["Info"];
            recycle_bin: components["schemas"]["RecycleBinEntry"][];
        };
        RelatedList: {
            action?: string | null;
            /** @example Notes */
            api_name?: string;
            connectedmodule?: string | null;
            customize_display_label?: boolean;
            customize_fields?: boolean;
            customize_sort?: boolean;
            display_label?: string;
            fields?: {
                api_name?: string;
                id?: components["schemas"]["Id"];
            }[] | null;
            href?: string | null;
            id?: components["schemas"]["Id"];
            linkingmodule?: string | null;
            module?: components["schemas"]["MinifiedModule"] | null;
            name?: string;
            sequence_number?: string | number;
            sort_by?: {
                [key: string]: unknown;
            } | null;
            sort_order?: string | null;
            /** @enum {string} */
            status?: "visible" | "user_hidden" | "scheduled_for_deletion";
            /** @example default */
            type?: string;
            visible?: boolean;
        } & {
            [key: string]: unknown;
        };
        RelatedListsResponse: {
            related_lists: components["schemas"]["RelatedList"][];
        };
        RemoveTagsRequest: {
            /** @description Records to untag (bulk endpoint only, up to 100). */
            ids?: components["schemas"]["Id"][];
            tags: {
                id?: components["schemas"]["Id"];
                name?: string;
            }[];
        };
        /** @description An item of `replaced_values` (global_picklists). Zoho's files name the key only; known keys are typed, any other passes through. */
        ReplacedValue: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        Role: {
            admin_user?: boolean;
            created_by__s?: components["schemas"]["MinifiedUser"] | null;
            /** Format: date-time */
            created_time__s?: string | null;
            description?: string | null;
            display_label?: string;
            forecast_manager?: components["schemas"]["NamedRef"] | null;
            id?: components["schemas"]["Id"];
            modified_by__s?: components["schemas"]["MinifiedUser"] | null;
            /** Format: date-time */
            modified_time__s?: string | null;
            name?: string;
            reporting_to?: components["schemas"]["NamedRef"] | null;
            share_with_peers?: boolean;
        };
        RolesActionResponse: {
            roles: components["schemas"]["ActionResult"][];
        };
        RolesResponse: {
            roles: components["schemas"]["Role"][];
        };
        RolesWriteRequest: {
            roles: components["schemas"]["Role"][];
        };
        /** @description An item of `scoring_rules` (scoring_rules). Zoho's files name the key only; known keys are typed, any other passes through. */
        ScoringRule: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        Section: {
            _delete?: boolean;
            api_name?: string;
            column_count?: number;
            display_label?: string;
            fields?: components["schemas"]["Field"][];
            generated_type?: string;
            id?: components["schemas"]["Id"];
            isSubformSection?: boolean;
            name?: string;
            properties?: {
                [key: string]: unknown;
            } | null;
            sequence_number?: number;
            tab_traversal?: string;
            type?: string;
        } & {
            [key: string]: unknown;
        };
        SendMailInput: {
            /** @description Files uploaded with `POST /crm/v8/files`, by their id. */
            attachments?: {
                id: string;
            }[];
            bcc?: components["schemas"]["EmailAddress"][];
            cc?: components["schemas"]["EmailAddress"][];
            consent_email?: boolean;
            content?: string;
            from: components["schemas"]["EmailAddress"];
            in_reply_to?: {
                message_id?: string;
            };
            inventory_details?: {
                inventory_template?: components["schemas"]["IdRef"];
            };
            /** @enum {string} */
            mail_format?: "html" | "text";
            org_email?: boolean;
            reply_to?: components["schemas"]["EmailAddress"];
            /** Format: date-time */
            scheduled_time?: string;
            subject?: string;
            template?: components["schemas"]["IdRef"];
            to: components["schemas"]["EmailAddress"][];
        };
        SendMailRequest: {
            data: components["schemas"]["SendMailInput"][];
        };
        SendMailResponse: {
            data: ({
                /** @constant */
                code: "SUCCESS";
                details: {
                    message_id?: string;
                };
                message: string;
                /** @constant */
                status: "success";
            } | components["schemas"]["ActionError"])[];
        };
        /** @description An item of `service_preferences` (service_preference). Zoho's files name the key only; known keys are typed, any other passes through. */
        ServicePreference: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description An item of `shift_hours` (shift_hours). Zoho's files name the key only; known keys are typed, any other passes through. */
        ShiftHour: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @enum {string} */
        SortOrder: "asc" | "desc";
        /**
         * @description The `code` of a successful per-item result.
         * @enum {string}
         */
        SuccessCode: "SUCCESS" | "SCHEDULED" | "ADDED_SUCCESSFULLY" | "FILE_UPLOAD_SUCCESS";
        /**
         * @description Details of a successful per-item result. Record writes return the record's id and
         *     audit stamps; other APIs return only `id`, or a `job_id` for scheduled work.
         */
        SuccessDetails: {
            $approval_state?: string;
            Created_By?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            Created_Time?: string;
            id?: components["schemas"]["Id"];
            job_id?: components["schemas"]["Id"];
            Modified_By?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            Modified_Time?: string;
        } & {
            [key: string]: unknown;
        };
        SupportedApisResponse: {
            __apis: {
                operation_types?: {
                    max_credits?: number;
                    method?: string;
                    min_credits?: number;
                    oauth_scope?: string;
                }[];
                /** @example /crm/v8/Leads */
                path?: string;
            }[];
        };
        Tag: {
            /** @example #57B1FD */
            color_code?: string | null;
            created_by?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            created_time?: string;
            id?: components["schemas"]["Id"];
            modified_by?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            modified_time?: string;
            name?: string;
        };
        TagsActionResponse: {
            tags: components["schemas"]["ActionResult"][];
        };
        TagsResponse: {
            info?: {
                allowed_count?: number;
                count?: number;
            };
            tags: components["schemas"]["Tag"][];
        };
        TagsWriteRequest: {
            tags: {
                color_code?: string;
                id?: components["schemas"]["Id"];
                name?: string;
            }[];
        };
        TemplateFolder: {
            id?: components["schemas"]["Id"];
            name?: string;
        };
        TerritoriesActionResponse: {
            territories: components["schemas"]["ActionResult"][];
        };
        TerritoriesResponse: {
            info?: components["schemas"]["Info"];
            territories: components["schemas"]["Territory"][];
        };
        TerritoriesWriteRequest: {
            territories: components["schemas"]["Territory"][];
        };
        Territory: {
            account_rule_criteria?: components["schemas"]["Criteria"] | null;
            api_name?: string;
            created_by?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            created_time?: string;
            deal_rule_criteria?: components["schemas"]["Criteria"] | null;
            description?: string | null;
            id?: components["schemas"]["Id"];
            lead_rule_criteria?: components["schemas"]["Criteria"] | null;
            manager?: components["schemas"]["NamedRef"] | null;
            modified_by?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            modified_time?: string;
            name?: string;
            /** @enum {string} */
            permission_type?: "read_only" | "read_write_delete";
            reporting_to?: components["schemas"]["NamedRef"] | null;
        };
        /**
         * @description The records (by `id`) and the territories to assign or remove, e.g.
         *     `{"data":[{"id":"...","Territories":[{"id":"..."}]}]}`.
         */
        TerritoryAssignmentRequest: {
            data: {
                id?: components["schemas"]["Id"];
                Territories?: {
                    id: components["schemas"]["Id"];
                    include_child?: boolean;
                }[];
            }[];
        };
        TerritoryFilter: {
            id?: components["schemas"]["Id"];
            include_child?: boolean;
        };
        /** @description Territories to delete, each with the territory that takes over its records and users. */
        TerritoryTransferRequest: {
            territories: {
                delete_previous_forecasts?: boolean;
                id?: components["schemas"]["Id"];
                transfer_to_id?: components["schemas"]["Id"];
            }[];
        };
        /** @description A user of a territory. Keys Zoho adds later pass through. */
        TerritoryUser: {
            email?: string;
            id?: components["schemas"]["Id"];
            name?: string;
            status?: string;
        } & {
            [key: string]: unknown;
        };
        TimelineEntry: {
            /** @example updated */
            action?: string;
            /** Format: date-time */
            audited_time?: string;
            automation_details?: {
                [key: string]: unknown;
            } | null;
            done_by?: components["schemas"]["MinifiedUser"];
            extension?: string | null;
            field_history?: {
                _value?: {
                    new?: unknown;
                    old?: unknown;
                };
                api_name?: string;
                data_type?: string;
                field_label?: string;
                id?: components["schemas"]["Id"];
            }[] | null;
            id?: components["schemas"]["Id"];
            record?: {
                id?: components["schemas"]["Id"];
                module?: components["schemas"]["MinifiedModule"];
                name?: string;
            };
            related_record?: {
                [key: string]: unknown;
            } | null;
            /** @example crm_ui */
            source?: string;
            type?: string;
        } & {
            [key: string]: unknown;
        };
        TimelineResponse: {
            __timeline: components["schemas"]["TimelineEntry"][];
            info?: components["schemas"]["Info"];
        };
        /**
         * @description Automation to run on a write. Omit `trigger` to run all; send `[]` to run none.
         * @enum {string}
         */
        Trigger: "workflow" | "approval" | "blueprint" | "pathfinder" | "orchestration";
        /** @description An item of `unsubscribe_links` (unsubscribe_links). Zoho's files name the key only; known keys are typed, any other passes through. */
        UnsubscribeLink: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description An item of `associations` (unsubscribe_links). Zoho's files name the key only; known keys are typed, any other passes through. */
        UnsubscribeLinkAssociation: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description A CRM user. Custom user fields appear as extra keys. */
        User: {
            $current_shift?: components["schemas"]["NamedRef"] | null;
            $next_shift?: components["schemas"]["NamedRef"] | null;
            $shift_effective_from?: string | null;
            alias?: string | null;
            category?: string;
            city?: string | null;
            confirm?: boolean;
            country?: string | null;
            country_locale?: string;
            created_by?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            created_time?: string;
            Currency?: string;
            /** @example MMM d, yyyy */
            date_format?: string;
            decimal_separator?: string;
            default_tab_group?: string;
            /** Format: date */
            dob?: string | null;
            email?: string;
            fax?: string | null;
            first_name?: string | null;
            full_name?: string;
            id?: components["schemas"]["Id"];
            Isonline?: boolean;
            language?: string;
            last_name?: string;
            locale?: string;
            microsoft?: boolean;
            mobile?: string | null;
            Modified_By?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            Modified_Time?: string;
            name_format__s?: string;
            number_separator?: string;
            personal_account?: boolean;
            phone?: string | null;
            profile?: components["schemas"]["NamedRef"];
            Reporting_To?: components["schemas"]["MinifiedUser"] | null;
            role?: components["schemas"]["NamedRef"];
            sandboxDeveloper?: boolean;
            signature?: string | null;
            sort_order_preference__s?: string;
            state?: string | null;
            /** @enum {string} */
            status?: "active" | "disabled" | "deleted";
            status_reason__s?: string | null;
            street?: string | null;
            territories?: {
                id?: components["schemas"]["Id"];
                manager?: boolean;
                name?: string;
            }[];
            /** @enum {string} */
            time_format?: "HH:mm" | "hh:mm a";
            time_zone?: string;
            website?: string | null;
            zip?: string | null;
            zuid?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A user group: users gathered from users, roles and territories (`sources`). Keys Zoho adds later pass through. */
        UserGroup: {
            created_by?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            created_time?: string | null;
            description?: string | null;
            id?: components["schemas"]["Id"];
            modified_by?: components["schemas"]["MinifiedUser"];
            /** Format: date-time */
            modified_time?: string | null;
            name?: string;
            sources?: ({
                source?: components["schemas"]["NamedRef"];
                sub_territories?: boolean;
                subordinates?: boolean;
                /**
                 * @example users
                 * @example roles
                 * @example territories
                 */
                type?: string;
            } & {
                [key: string]: unknown;
            })[];
        } & {
            [key: string]: unknown;
        };
        /** @description An item of `associations` (user_groups). Zoho's files name the key only; known keys are typed, any other passes through. */
        UserGroupAssociation: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description An item of `sources` (user_groups). Zoho's files name the key only; known keys are typed, any other passes through. */
        UserGroupSource: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        UserGroupsResponse: {
            info?: components["schemas"]["Info"];
            user_groups: {
                created_by?: components["schemas"]["MinifiedUser"];
                /** Format: date-time */
                created_time?: string;
                description?: string | null;
                id?: components["schemas"]["Id"];
                modified_by?: components["schemas"]["MinifiedUser"];
                /** Format: date-time */
                modified_time?: string;
                name?: string;
            }[];
        };
        /** @description A user to add (`last_name`, `email`, `role`, `profile` required) or the fields to update. */
        UserInput: {
            email?: string;
            first_name?: string;
            id?: components["schemas"]["Id"];
            last_name?: string;
            locale?: string;
            mobile?: string;
            phone?: string;
            profile?: components["schemas"]["IdRef"];
            Reporting_To?: components["schemas"]["IdRef"];
            role?: components["schemas"]["IdRef"];
            /** @enum {string} */
            status?: "active" | "disabled";
            time_zone?: string;
        } & {
            [key: string]: unknown;
        };
        UsersActionResponse: {
            users: components["schemas"]["ActionResult"][];
        };
        UsersResponse: {
            info?: components["schemas"]["Info"];
            users: components["schemas"]["User"][];
        };
        UsersWriteRequest: {
            users: components["schemas"]["UserInput"][];
        };
        UserTerritoriesResponse: {
            info?: components["schemas"]["Info"];
            territories: components["schemas"]["UserTerritory"][];
        };
        UserTerritoriesWriteRequest: {
            territories: components["schemas"]["IdRef"][];
        };
        UserTerritory: {
            id?: components["schemas"]["Id"];
            Manager?: components["schemas"]["UserTerritoryRef"] | null;
            Name?: string;
            Reporting_To?: components["schemas"]["UserTerritoryRef"] | null;
        };
        /** @description A manager or parent territory as the users-territories API returns it (note `Name`, capitalised). */
        UserTerritoryRef: {
            id?: components["schemas"]["Id"];
            Name?: string;
        };
        /**
         * @description Which users `GET /users` returns.
         * @enum {string}
         */
        UserType: "AllUsers" | "ActiveUsers" | "DeactiveUsers" | "ConfirmedUsers" | "NotConfirmedUsers" | "DeletedUsers" | "ActiveConfirmedUsers" | "AdminUsers" | "ActiveConfirmedAdmins" | "CurrentUser";
        Variable: {
            api_name?: string;
            description?: string | null;
            id?: components["schemas"]["Id"];
            name?: string;
            read_only?: boolean;
            source?: string;
            /** @enum {string} */
            type?: "text" | "textarea" | "integer" | "long" | "double" | "percent" | "currency" | "date" | "datetime" | "email" | "phone" | "website" | "checkbox";
            /** @description The value, typed by `type`. */
            value?: unknown;
            variable_group?: {
                api_name?: string;
                id?: components["schemas"]["Id"];
                name?: string;
            };
        };
        VariableGroup: {
            api_name?: string;
            description?: string | null;
            display_label?: string;
            id?: components["schemas"]["Id"];
            name?: string;
            source?: string;
        };
        VariableGroupsResponse: {
            variable_groups: components["schemas"]["VariableGroup"][];
        };
        VariablesActionResponse: {
            variables: components["schemas"]["ActionResult"][];
        };
        VariablesResponse: {
            variables: components["schemas"]["Variable"][];
        };
        VariablesWriteRequest: {
            variables: components["schemas"]["Variable"][];
        };
        WatchActionResponse: {
            watch: components["schemas"]["WatchResult"][];
        };
        WatchChannel: {
            /** @description PATCH only; `true` removes the listed events from the channel. */
            _delete_events?: boolean;
            /**
             * Format: date-time
             * @description When the subscription ends. Zoho limits how far ahead it may be and stops notifying after it; renew with PUT/PATCH.
             */
            channel_expiry?: string;
            channel_id?: components["schemas"]["ChannelId"];
            /** @description `{Module}.{create|edit|delete|all}`, e.g. `Leads.create`, `Deals.all`. */
            events?: string[];
            /** @description Per module, the fields whose values to return, e.g. `{"Leads": ["Email"]}`. */
            fields?: {
                [key: string]: string[];
            } | null;
            /** @description Notify on an update only when one of these fields changed. */
            notification_condition?: {
                field_selection?: components["schemas"]["Criteria"];
                module?: components["schemas"]["MinifiedModule"];
                /** @constant */
                type?: "field_selection";
            }[];
            notify_on_related_action?: boolean;
            /** Format: uri */
            notify_url?: string;
            /** @description Response only. */
            resource_id?: string;
            /** @description Response only. */
            resource_name?: string;
            /** @description Response only. */
            resource_uri?: string;
            return_affected_field_values?: boolean;
            /** @description Sent back in each notification so the receiver can verify its origin. */
            token?: string;
        };
        WatchListResponse: {
            info?: components["schemas"]["Info"];
            watch: components["schemas"]["WatchChannel"][];
        };
        WatchRequest: {
            watch: components["schemas"]["WatchChannel"][];
        };
        WatchResult: {
            /** @constant */
            code: "SUCCESS";
            details: {
                events?: {
                    /** Format: date-time */
                    channel_expiry?: string;
                    channel_id?: components["schemas"]["ChannelId"];
                    resource_id?: string;
                    resource_name?: string;
                    resource_uri?: string;
                }[];
            };
            message: string;
            /** @constant */
            status: "success";
        } | components["schemas"]["ActionError"];
        /** @description An item of `wizards` (wizards). Zoho's files name the key only; known keys are typed, any other passes through. */
        Wizard: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description An item of `__zia_org_enrichment` (zia_org_enrichment). Zoho's files name the key only; known keys are typed, any other passes through. */
        ZiaOrgEnrichment: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
        /** @description An item of `__zia_people_enrichment` (zia_people_enrichment). Zoho's files name the key only; known keys are typed, any other passes through. */
        ZiaPeopleEnrichment: {
            id?: components["schemas"]["Id"];
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description One result per item, in input order. */
        ActionResults: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ActionResultsResponse"];
            };
        };
        /** @description Multi-status; some items succeeded and some failed. */
        ActionResultsMultiStatus: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ActionResultsResponse"];
            };
        };
        /** @description The request is invalid (INVALID_DATA, INVALID_MODULE, REQUIRED_PARAM_MISSING, SYNTAX_ERROR...). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The result for the base currency. */
        BaseCurrencyActionResult: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BaseCurrencyActionResponse"];
            };
        };
        /** @description One result per contact role. */
        ContactRolesActionResults: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ContactRolesActionResponse"];
            };
        };
        /** @description The count. */
        Count: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CountResponse"];
            };
        };
        /** @description One result per currency. */
        CurrenciesActionResults: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CurrenciesActionResponse"];
            };
        };
        /** @description One result per custom view. */
        CustomViewsActionResults: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CustomViewsActionResponse"];
            };
        };
        /** @description One result per field. */
        FieldsActionResults: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["FieldsActionResponse"];
            };
        };
        /** @description NO_PERMISSION or OAUTH_SCOPE_MISMATCH. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description INTERNAL_ERROR on Zoho's side. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description One result per layout. */
        LayoutsActionResults: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["LayoutsActionResponse"];
            };
        };
        /** @description Done, or scheduled; poll with `details.job_id`. */
        MassJobScheduled: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MassJobResponse"];
            };
        };
        /** @description The merge result, or the scheduled job. */
        MergeResults: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MergeResultResponse"];
            };
        };
        /** @description One result per module. */
        ModulesActionResults: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ModulesActionResponse"];
            };
        };
        /** @description Nothing matched; there is no body. */
        NoContent: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description INVALID_URL_PATTERN or an unknown resource. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Nothing changed since If-Modified-Since; there is no body. */
        NotModified: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The logo was uploaded or deleted. */
        OrgPhotoResult: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OrgPhotoResult"];
            };
        };
        /** @description FILE_SIZE_MORE_THAN_ALLOWED_SIZE. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The photo was uploaded or deleted. */
        PhotoResult: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["PhotoResult"];
            };
        };
        /** @description One result per profile. */
        ProfilesActionResults: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ProfilesActionResponse"];
            };
        };
        /** @description One result per share. */
        RecordShareResults: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RecordShareResultResponse"];
            };
        };
        /** @description One result per record, with its tags after the change. */
        RecordTagsResults: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RecordTagsResponse"];
            };
        };
        /** @description One result per record (multi-status when some fail). */
        RecycleBinActionResults: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RecycleBinActionResponse"];
            };
        };
        /** @description One result per role. */
        RolesActionResults: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["RolesActionResponse"];
            };
        };
        /** @description One result per tag. */
        TagsActionResults: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TagsActionResponse"];
            };
        };
        /** @description One result per territory. */
        TerritoriesActionResults: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["TerritoriesActionResponse"];
            };
        };
        /** @description TOO_MANY_REQUESTS; the credit or concurrency limit is exceeded. Honour Retry-After when present. */
        TooManyRequests: {
            headers: {
                "Retry-After"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description INVALID_TOKEN or AUTHENTICATION_FAILURE; refresh the access token and retry once. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description One result per user. */
        UsersActionResults: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UsersActionResponse"];
            };
        };
        /** @description One result per variable. */
        VariablesActionResults: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["VariablesActionResponse"];
            };
        };
        /** @description One result per channel. */
        WatchActionResults: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["WatchActionResponse"];
            };
        };
        /**
         * @description The request is invalid as a whole (error envelope), or every item failed (one
         *     ActionError per item in `data`).
         */
        WriteBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"] | components["schemas"]["ActionResultsResponse"];
            };
        };
        /**
         * @description A failed request (4xx or 5xx) in Zoho's error envelope, e.g. INVALID_DATA, NO_PERMISSION,
         *     INVALID_TOKEN (refresh and retry once), or TOO_MANY_REQUESTS (429).
         */
        ZohoError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description Which records by approval state, e.g. `approved` or `approval_process_pending`. */
        approval_state: string;
        /** @description Include records awaiting approval (`false`) or both. */
        approved: "true" | "false" | "both";
        attachment_id: components["schemas"]["Id"];
        contact_role_id: components["schemas"]["Id"];
        /** @description Leads only; include converted leads (`true`), only them, or both. */
        converted: "true" | "false" | "both";
        /** @description `(field:operator:value)` conditions joined with `and`/`or`, e.g. `((Last_Name:equals:Burns)and(Lead_Source:equals:Web))`. */
        criteria: string;
        currency_id: components["schemas"]["Id"];
        custom_view_id: components["schemas"]["Id"];
        /** @description Id of a custom view whose records to use. */
        cvid: components["schemas"]["Id"];
        delete_previous_forecasts: boolean;
        /** @description The path of the job's `result.download_url` on the download host. */
        download_url: string;
        /** @description Search the email fields. */
        email: string;
        /** @description End of the period (ISO 8601), for Activities in a calendar. */
        endDateTime: string;
        field_id: components["schemas"]["Id"];
        /** @description Comma-separated field API names to return (at most 50), e.g. `Last_Name,Email,Owner`. */
        fields: string;
        /** @description Comma-separated field API names to return (at most 50); all fields when omitted. */
        fields_optional: string;
        /** @description Comma-separated record ids (at most 100). */
        ids: string;
        /** @description Comma-separated ids (at most 100). */
        ids_required: string;
        /** @description Only what was modified after this time; otherwise HTTP 304. */
        "If-Modified-Since": string;
        /** @description With territory_id, also the records of child territories. */
        include_child: boolean;
        job_id: components["schemas"]["Id"];
        job_id_query: components["schemas"]["Id"];
        layout_id: components["schemas"]["Id"];
        layout_id_query: components["schemas"]["Id"];
        /** @description The layout that takes over the records of the removed layout. */
        layout_transfer_to: components["schemas"]["Id"];
        /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
        module_api_name: string;
        /** @description API name of the module. */
        module_query: string;
        /** @description API name of the module. */
        module_query_optional: string;
        note_id: components["schemas"]["Id"];
        /** @description `true` replaces the records' tags with the given ones; `false` (default) adds to them. */
        over_write: boolean;
        /** @description Page number, from 1. Only the first 2,000 records can be reached by page. */
        page: number;
        /** @description `info.next_page_token` of the previous page; needed beyond 2,000 records, valid 24 hours. */
        page_token: string;
        per_page: number;
        /** @description Search the phone fields. */
        phone: string;
        profile_id: components["schemas"]["Id"];
        /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
        record_id: string;
        /**
         * @description A criteria JSON, URL-encoded, on `display_name`, `module`, `deleted_by` or
         *     `deleted_time`, e.g. `{"field":{"api_name":"module"},"comparator":"equal","value":"Leads"}`.
         */
        recycle_bin_filters: string;
        /** @description API name of the related list (see `getRelatedLists`), e.g. Notes, Contacts, Deals. */
        related_list_api_name: string;
        related_list_id: components["schemas"]["Id"];
        /** @description Id of the related record (or its external id value with X-EXTERNAL). */
        related_record_id: string;
        role_id: components["schemas"]["Id"];
        sort_by: "id" | "Created_Time" | "Modified_Time";
        sort_order: components["schemas"]["SortOrder"];
        /** @description Start of the period (ISO 8601), for Activities in a calendar. */
        startDateTime: string;
        tag_id: components["schemas"]["Id"];
        template_id: components["schemas"]["Id"];
        /** @description A criteria JSON (URL-encoded), e.g. on `name` or `manager`. */
        territory_filters: string;
        territory_id: components["schemas"]["Id"];
        territory_id_path: components["schemas"]["Id"];
        /** @description Id of a user, for Activities in the calendar of that user (with startDateTime/endDateTime). */
        uid: components["schemas"]["Id"];
        user_id: components["schemas"]["Id"];
        user_type: components["schemas"]["UserType"];
        /** @description Id or API name of the variable group. */
        variable_group_id: string;
        /** @description Id or API name of a variable group. */
        variable_group_query: string;
        /** @description Id or API name of the variable. */
        variable_id: string;
        /** @description Run the workflow rules of deletion (default true). */
        wf_trigger: boolean;
        /** @description Search all text fields. */
        word: string;
        /**
         * @description `{module}.{external_id_field}` (e.g. `Leads.External_Lead_ID`): ids in the path and
         *     lookups in the body are values of that external id field.
         */
        "X-EXTERNAL": string;
    };
    requestBodies: {
        BaseCurrency: {
            content: {
                "application/json": components["schemas"]["BaseCurrencyRequest"];
            };
        };
        ContactRolesWrite: {
            content: {
                "application/json": components["schemas"]["ContactRolesWriteRequest"];
            };
        };
        CurrenciesWrite: {
            content: {
                "application/json": components["schemas"]["CurrenciesWriteRequest"];
            };
        };
        CustomViewSort: {
            content: {
                "application/json": components["schemas"]["CustomViewSortRequest"];
            };
        };
        FieldsWrite: {
            content: {
                "application/json": components["schemas"]["FieldsWriteRequest"];
            };
        };
        FileUpload: {
            content: {
                "multipart/form-data": components["schemas"]["FileUpload"];
            };
        };
        LayoutsWrite: {
            content: {
                "application/json": components["schemas"]["LayoutsWriteRequest"];
            };
        };
        ModulesWrite: {
            content: {
                "application/json": components["schemas"]["ModulesWriteRequest"];
            };
        };
        NoteWrite: {
            content: {
                "application/json": components["schemas"]["NoteWriteRequest"];
            };
        };
        ProfilesWrite: {
            content: {
                "application/json": components["schemas"]["ProfilesWriteRequest"];
            };
        };
        RecordShare: {
            content: {
                "application/json": components["schemas"]["RecordShareRequest"];
            };
        };
        RecordWrite: {
            content: {
                "application/json": components["schemas"]["RecordWriteRequest"];
            };
        };
        RolesWrite: {
            content: {
                "application/json": components["schemas"]["RolesWriteRequest"];
            };
        };
        TagsWrite: {
            content: {
                "application/json": components["schemas"]["TagsWriteRequest"];
            };
        };
        TerritoriesWrite: {
            content: {
                "application/json": components["schemas"]["TerritoriesWriteRequest"];
            };
        };
        TerritoryAssignment: {
            content: {
                "application/json": components["schemas"]["TerritoryAssignmentRequest"];
            };
        };
        TerritoryTransfer: {
            content: {
                "application/json": components["schemas"]["TerritoryTransferRequest"];
            };
        };
        UsersWrite: {
            content: {
                "application/json": components["schemas"]["UsersWriteRequest"];
            };
        };
        VariablesWrite: {
            content: {
                "application/json": components["schemas"]["VariablesWriteRequest"];
            };
        };
        Watch: {
            content: {
                "application/json": components["schemas"]["WatchRequest"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    downloadBulkWriteResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The path of the job's `result.download_url` on the download host. */
                download_url: components["parameters"]["download_url"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ZIP archive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": components["schemas"]["Binary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getBackup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        backup?: components["schemas"]["Backup"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    createBackup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Zoho's files give no type for this key. */
                    backup?: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        backup?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateBackupCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        backup?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getBackupHistory: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        history?: components["schemas"]["BackupHistoryEntry"][];
                        info?: components["schemas"]["Info"];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getBackupUrls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        urls?: components["schemas"]["BackupUrls"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    createBulkReadJob: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkReadJobRequest"];
            };
        };
        responses: {
            /** @description The job, in state ADDED. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkReadJobCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getBulkReadJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: components["parameters"]["job_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job; `result` is present once it is COMPLETED. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkReadJobResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    downloadBulkReadResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: components["parameters"]["job_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ZIP archive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": components["schemas"]["Binary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createBulkWriteJob: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkWriteJobRequest"];
            };
        };
        responses: {
            /** @description The job id. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkWriteJobCreated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getBulkWriteJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job_id: components["parameters"]["job_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job; `result.download_url` is present once it is COMPLETED. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkWriteJob"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getCompose: {
        parameters: {
            query?: {
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email_compose?: components["schemas"]["EmailCompose"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateCompose: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        email_compose?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getSupportedApis: {
        parameters: {
            query?: {
                /** @description e.g. `{"path": "/crm/v8/Leads"}` (URL-encoded JSON). */
                filters?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The APIs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupportedApisResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    executeCompositeRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompositeRequest"];
            };
        };
        responses: {
            /** @description Every sub-request succeeded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompositeResponse"];
                };
            };
            /** @description Some sub-requests failed (or were rolled back). */
            207: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompositeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getFeatures: {
        parameters: {
            query?: {
                /** @description Comma-separated values. */
                api_names?: string;
                module?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        __features?: components["schemas"]["Feature"][];
                        info?: components["schemas"]["Info"];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getFeature: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path: {
                feature_api_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        __features?: components["schemas"]["Feature"][];
                        info?: components["schemas"]["Info"];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getFeaturesDataEnrichment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        __features?: components["schemas"]["Feature"][];
                        info?: components["schemas"]["Info"];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getFeaturesUserLicenses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        __features?: components["schemas"]["Feature"][];
                        info?: components["schemas"]["Info"];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getZiaOrgEnrichment: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                sort_by?: string;
                sort_order?: string;
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        __zia_org_enrichment?: components["schemas"]["ZiaOrgEnrichment"][];
                        info?: components["schemas"]["Info"];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    createZiaOrgEnrichment: {
        parameters: {
            query?: {
                module?: string;
                record_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    __zia_org_enrichment?: components["schemas"]["ZiaOrgEnrichment"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        __zia_org_enrichment?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getZiaOrgEnrichmentById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                zia_org_enrichment_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        __zia_org_enrichment?: components["schemas"]["ZiaOrgEnrichment"][];
                        info?: components["schemas"]["Info"];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getZiaPeopleEnrichment: {
        parameters: {
            query?: {
                count?: number;
                page?: number;
                per_page?: number;
                sort_by?: string;
                sort_order?: string;
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        __zia_people_enrichment?: components["schemas"]["ZiaPeopleEnrichment"][];
                        info?: components["schemas"]["Info"];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    createZiaPeopleEnrichment: {
        parameters: {
            query?: {
                module?: string;
                record_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    __zia_people_enrichment?: components["schemas"]["ZiaPeopleEnrichment"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        __zia_people_enrichment?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getZiaPeopleEnrichmentById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                zia_people_enrichment_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        __zia_people_enrichment?: components["schemas"]["ZiaPeopleEnrichment"][];
                        info?: components["schemas"]["Info"];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getRecords: {
        parameters: {
            query: {
                /** @description Include records awaiting approval (`false`) or both. */
                approved?: components["parameters"]["approved"];
                /** @description Leads only; include converted leads (`true`), only them, or both. */
                converted?: components["parameters"]["converted"];
                /** @description Id of a custom view whose records to use. */
                cvid?: components["parameters"]["cvid"];
                /** @description End of the period (ISO 8601), for Activities in a calendar. */
                endDateTime?: components["parameters"]["endDateTime"];
                /** @description Comma-separated field API names to return (at most 50), e.g. `Last_Name,Email,Owner`. */
                fields: components["parameters"]["fields"];
                /** @description Comma-separated record ids (at most 100). */
                ids?: components["parameters"]["ids"];
                /** @description With territory_id, also the records of child territories. */
                include_child?: components["parameters"]["include_child"];
                /** @description Page number, from 1. Only the first 2,000 records can be reached by page. */
                page?: components["parameters"]["page"];
                /** @description `info.next_page_token` of the previous page; needed beyond 2,000 records, valid 24 hours. */
                page_token?: components["parameters"]["page_token"];
                per_page?: components["parameters"]["per_page"];
                sort_by?: components["parameters"]["sort_by"];
                sort_order?: components["parameters"]["sort_order"];
                /** @description Start of the period (ISO 8601), for Activities in a calendar. */
                startDateTime?: components["parameters"]["startDateTime"];
                territory_id?: components["parameters"]["territory_id"];
                /** @description Id of a user, for Activities in the calendar of that user (with startDateTime/endDateTime). */
                uid?: components["parameters"]["uid"];
            };
            header?: {
                /** @description Only what was modified after this time; otherwise HTTP 304. */
                "If-Modified-Since"?: components["parameters"]["If-Modified-Since"];
                /**
                 * @description `{module}.{external_id_field}` (e.g. `Leads.External_Lead_ID`): ids in the path and
                 *     lookups in the body are values of that external id field.
                 */
                "X-EXTERNAL"?: components["parameters"]["X-EXTERNAL"];
            };
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordListResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateRecords: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `{module}.{external_id_field}` (e.g. `Leads.External_Lead_ID`): ids in the path and
                 *     lookups in the body are values of that external id field.
                 */
                "X-EXTERNAL"?: components["parameters"]["X-EXTERNAL"];
            };
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["RecordWrite"];
        responses: {
            200: components["responses"]["ActionResults"];
            202: components["responses"]["ActionResults"];
            207: components["responses"]["ActionResultsMultiStatus"];
            400: components["responses"]["WriteBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    insertRecords: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `{module}.{external_id_field}` (e.g. `Leads.External_Lead_ID`): ids in the path and
                 *     lookups in the body are values of that external id field.
                 */
                "X-EXTERNAL"?: components["parameters"]["X-EXTERNAL"];
            };
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["RecordWrite"];
        responses: {
            201: components["responses"]["ActionResults"];
            202: components["responses"]["ActionResults"];
            207: components["responses"]["ActionResultsMultiStatus"];
            400: components["responses"]["WriteBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteRecords: {
        parameters: {
            query: {
                /** @description Comma-separated ids (at most 100). */
                ids: components["parameters"]["ids_required"];
                /** @description Run the workflow rules of deletion (default true). */
                wf_trigger?: components["parameters"]["wf_trigger"];
            };
            header?: {
                /**
                 * @description `{module}.{external_id_field}` (e.g. `Leads.External_Lead_ID`): ids in the path and
                 *     lookups in the body are values of that external id field.
                 */
                "X-EXTERNAL"?: components["parameters"]["X-EXTERNAL"];
            };
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ActionResults"];
            207: components["responses"]["ActionResultsMultiStatus"];
            400: components["responses"]["WriteBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    convertInventoryRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
                module_api_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        data?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    runDownloadMailMerge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
                module_api_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Zoho's files give no type for this key. */
                    download_mail_merge?: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        file?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    runSendMailMerge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
                module_api_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Zoho's files give no type for this key. */
                    send_mail_merge?: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        send_mail_merge?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    runShareEmailsAll: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
                module_api_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        data?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    runSignMailMerge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
                module_api_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Zoho's files give no type for this key. */
                    sign_mail_merge?: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        sign_mail_merge?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    runUnblockEmailAll: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
                module_api_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids?: components["schemas"]["Id"][];
                    /** @description Zoho's files give no item type for this key. */
                    unblock_fields?: unknown[];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        data?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    runUnshareEmailsAll: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
                module_api_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        data?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getRecord: {
        parameters: {
            query?: {
                /** @description Include records awaiting approval (`false`) or both. */
                approved?: components["parameters"]["approved"];
                /** @description Leads only; include converted leads (`true`), only them, or both. */
                converted?: components["parameters"]["converted"];
                /** @description Id of a custom view whose records to use. */
                cvid?: components["parameters"]["cvid"];
                /** @description End of the period (ISO 8601), for Activities in a calendar. */
                endDateTime?: components["parameters"]["endDateTime"];
                /** @description Comma-separated field API names to return (at most 50); all fields when omitted. */
                fields?: components["parameters"]["fields_optional"];
                /** @description With territory_id, also the records of child territories. */
                include_child?: components["parameters"]["include_child"];
                /** @description Start of the period (ISO 8601), for Activities in a calendar. */
                startDateTime?: components["parameters"]["startDateTime"];
                territory_id?: components["parameters"]["territory_id"];
                /** @description Id of a user, for Activities in the calendar of that user (with startDateTime/endDateTime). */
                uid?: components["parameters"]["uid"];
            };
            header?: {
                /** @description Only what was modified after this time; otherwise HTTP 304. */
                "If-Modified-Since"?: components["parameters"]["If-Modified-Since"];
                /**
                 * @description `{module}.{external_id_field}` (e.g. `Leads.External_Lead_ID`): ids in the path and
                 *     lookups in the body are values of that external id field.
                 */
                "X-EXTERNAL"?: components["parameters"]["X-EXTERNAL"];
            };
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record, as a one-element `data` array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateRecord: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `{module}.{external_id_field}` (e.g. `Leads.External_Lead_ID`): ids in the path and
                 *     lookups in the body are values of that external id field.
                 */
                "X-EXTERNAL"?: components["parameters"]["X-EXTERNAL"];
            };
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["RecordWrite"];
        responses: {
            200: components["responses"]["ActionResults"];
            202: components["responses"]["ActionResults"];
            400: components["responses"]["WriteBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteRecord: {
        parameters: {
            query?: {
                /** @description Run the workflow rules of deletion (default true). */
                wf_trigger?: components["parameters"]["wf_trigger"];
            };
            header?: {
                /**
                 * @description `{module}.{external_id_field}` (e.g. `Leads.External_Lead_ID`): ids in the path and
                 *     lookups in the body are values of that external id field.
                 */
                "X-EXTERNAL"?: components["parameters"]["X-EXTERNAL"];
            };
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ActionResults"];
            400: components["responses"]["WriteBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getEmailDrafts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        __email_drafts?: components["schemas"]["EmailDraft"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateEmailDrafts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    __email_drafts?: components["schemas"]["EmailDraft"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        __email_drafts?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    createEmailDrafts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    __email_drafts?: components["schemas"]["EmailDraft"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        __email_drafts?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getEmailDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                draft: string;
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        __email_drafts?: components["schemas"]["EmailDraft"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateEmailDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                draft: string;
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    __email_drafts?: components["schemas"]["EmailDraft"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        __email_drafts?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    deleteEmailDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                draft: string;
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        __email_drafts?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getEmailsSharingDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        __emails_sharing_details?: components["schemas"]["EmailsSharingDetail"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getTimeline: {
        parameters: {
            query?: {
                /** @description A criteria JSON (URL-encoded) on `audited_time`, `action`, `done_by`... */
                filters?: string;
                /** @description Comma-separated extra keys to include in each entry. */
                include?: string;
                /** @description Comma-separated extras, e.g. `field_history.data_type,field_history.field_label`. */
                include_inner_details?: string;
                include_timeline_type?: string;
                /** @description Page number, from 1. Only the first 2,000 records can be reached by page. */
                page?: components["parameters"]["page"];
                /** @description `info.next_page_token` of the previous page; needed beyond 2,000 records, valid 24 hours. */
                page_token?: components["parameters"]["page_token"];
                per_page?: components["parameters"]["per_page"];
                sort_by?: string;
                sort_order?: components["parameters"]["sort_order"];
            };
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of history entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getRelatedRecords: {
        parameters: {
            query: {
                /** @description Comma-separated field API names to return (at most 50), e.g. `Last_Name,Email,Owner`. */
                fields: components["parameters"]["fields"];
                /** @description Page number, from 1. Only the first 2,000 records can be reached by page. */
                page?: components["parameters"]["page"];
                per_page?: components["parameters"]["per_page"];
            };
            header?: {
                /** @description Only what was modified after this time; otherwise HTTP 304. */
                "If-Modified-Since"?: components["parameters"]["If-Modified-Since"];
                /**
                 * @description `{module}.{external_id_field}` (e.g. `Leads.External_Lead_ID`): ids in the path and
                 *     lookups in the body are values of that external id field.
                 */
                "X-EXTERNAL"?: components["parameters"]["X-EXTERNAL"];
            };
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
                /** @description API name of the related list (see `getRelatedLists`), e.g. Notes, Contacts, Deals. */
                related_list_api_name: components["parameters"]["related_list_api_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of related records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordListResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateRelatedRecords: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `{module}.{external_id_field}` (e.g. `Leads.External_Lead_ID`): ids in the path and
                 *     lookups in the body are values of that external id field.
                 */
                "X-EXTERNAL"?: components["parameters"]["X-EXTERNAL"];
            };
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
                /** @description API name of the related list (see `getRelatedLists`), e.g. Notes, Contacts, Deals. */
                related_list_api_name: components["parameters"]["related_list_api_name"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["RecordWrite"];
        responses: {
            200: components["responses"]["ActionResults"];
            207: components["responses"]["ActionResultsMultiStatus"];
            400: components["responses"]["WriteBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    delinkRelatedRecords: {
        parameters: {
            query: {
                /** @description Comma-separated ids (at most 100). */
                ids: components["parameters"]["ids_required"];
            };
            header?: {
                /**
                 * @description `{module}.{external_id_field}` (e.g. `Leads.External_Lead_ID`): ids in the path and
                 *     lookups in the body are values of that external id field.
                 */
                "X-EXTERNAL"?: components["parameters"]["X-EXTERNAL"];
            };
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
                /** @description API name of the related list (see `getRelatedLists`), e.g. Notes, Contacts, Deals. */
                related_list_api_name: components["parameters"]["related_list_api_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ActionResults"];
            207: components["responses"]["ActionResultsMultiStatus"];
            400: components["responses"]["WriteBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getRelatedRecord: {
        parameters: {
            query?: {
                /** @description Comma-separated field API names to return (at most 50); all fields when omitted. */
                fields?: components["parameters"]["fields_optional"];
            };
            header?: {
                /** @description Only what was modified after this time; otherwise HTTP 304. */
                "If-Modified-Since"?: components["parameters"]["If-Modified-Since"];
                /**
                 * @description `{module}.{external_id_field}` (e.g. `Leads.External_Lead_ID`): ids in the path and
                 *     lookups in the body are values of that external id field.
                 */
                "X-EXTERNAL"?: components["parameters"]["X-EXTERNAL"];
            };
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
                /** @description API name of the related list (see `getRelatedLists`), e.g. Notes, Contacts, Deals. */
                related_list_api_name: components["parameters"]["related_list_api_name"];
                /** @description Id of the related record (or its external id value with X-EXTERNAL). */
                related_record_id: components["parameters"]["related_record_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The related record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateRelatedRecord: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `{module}.{external_id_field}` (e.g. `Leads.External_Lead_ID`): ids in the path and
                 *     lookups in the body are values of that external id field.
                 */
                "X-EXTERNAL"?: components["parameters"]["X-EXTERNAL"];
            };
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
                /** @description API name of the related list (see `getRelatedLists`), e.g. Notes, Contacts, Deals. */
                related_list_api_name: components["parameters"]["related_list_api_name"];
                /** @description Id of the related record (or its external id value with X-EXTERNAL). */
                related_record_id: components["parameters"]["related_record_id"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["RecordWrite"];
        responses: {
            200: components["responses"]["ActionResults"];
            400: components["responses"]["WriteBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    delinkRelatedRecord: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `{module}.{external_id_field}` (e.g. `Leads.External_Lead_ID`): ids in the path and
                 *     lookups in the body are values of that external id field.
                 */
                "X-EXTERNAL"?: components["parameters"]["X-EXTERNAL"];
            };
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
                /** @description API name of the related list (see `getRelatedLists`), e.g. Notes, Contacts, Deals. */
                related_list_api_name: components["parameters"]["related_list_api_name"];
                /** @description Id of the related record (or its external id value with X-EXTERNAL). */
                related_record_id: components["parameters"]["related_record_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ActionResults"];
            400: components["responses"]["WriteBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    addTagsToRecord: {
        parameters: {
            query?: {
                /** @description `true` replaces the records' tags with the given ones; `false` (default) adds to them. */
                over_write?: components["parameters"]["over_write"];
            };
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddTagsRequest"];
            };
        };
        responses: {
            200: components["responses"]["RecordTagsResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    assignTerritoriesToRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["TerritoryAssignment"];
        responses: {
            200: components["responses"]["ActionResults"];
            400: components["responses"]["WriteBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    runAssociateEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    Emails?: components["schemas"]["EmailMessage"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        Emails?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getBlueprint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process and its transitions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlueprintResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateBlueprint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BlueprintUpdateRequest"];
            };
        };
        responses: {
            /** @description The result (a single object). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    changeRecordOwner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeOwnerRequest"];
            };
        };
        responses: {
            200: components["responses"]["ActionResults"];
            202: components["responses"]["ActionResults"];
            400: components["responses"]["WriteBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    cloneRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    data?: components["schemas"]["Record"][];
                };
            };
        };
        responses: {
            201: components["responses"]["ActionResults"];
            400: components["responses"]["WriteBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    downloadFieldAttachment: {
        parameters: {
            query: {
                /** @description The attachment id in the file-upload field's value. */
                fields_attachment_id: string;
            };
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["Binary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getRecordRichText: {
        parameters: {
            query: {
                /** @description Comma-separated field API names to return (at most 50), e.g. `Last_Name,Email,Owner`. */
                fields: components["parameters"]["fields"];
            };
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record with its full rich-text values. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getMergeStatus: {
        parameters: {
            query?: {
                job_id?: components["schemas"]["Id"];
            };
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The merge job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergeStatusResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    mergeRecords: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeRequest"];
            };
        };
        responses: {
            200: components["responses"]["MergeResults"];
            201: components["responses"]["MergeResults"];
            202: components["responses"]["MergeResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    runPortalInviteAll: {
        parameters: {
            query?: {
                language?: string;
                type?: string;
                user_type_id?: string;
            };
            header?: never;
            path: {
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        portal_invite?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    removeTagsFromRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemoveTagsRequest"];
            };
        };
        responses: {
            200: components["responses"]["RecordTagsResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    removeTerritoriesFromRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["TerritoryAssignment"];
        responses: {
            200: components["responses"]["ActionResults"];
            400: components["responses"]["WriteBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    sendMail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMailRequest"];
            };
        };
        responses: {
            /** @description The message id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendMailResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getRecordShares: {
        parameters: {
            query?: {
                /** @description Only the sharing with this user. */
                sharedTo?: components["schemas"]["Id"];
                /** @description `summary` omits the related-record details; `manage` adds the users it can be shared with. */
                view?: "summary" | "manage";
            };
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sharing details. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordShareResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateRecordShares: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["RecordShare"];
        responses: {
            200: components["responses"]["RecordShareResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    shareRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["RecordShare"];
        responses: {
            200: components["responses"]["RecordShareResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    revokeRecordShares: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result (a single object, not an array). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordShareRevokeResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getAttachments: {
        parameters: {
            query: {
                /** @description Comma-separated field API names to return (at most 50), e.g. `Last_Name,Email,Owner`. */
                fields: components["parameters"]["fields"];
                /** @description Comma-separated record ids (at most 100). */
                ids?: components["parameters"]["ids"];
                /** @description Page number, from 1. Only the first 2,000 records can be reached by page. */
                page?: components["parameters"]["page"];
                /** @description `info.next_page_token` of the previous page; needed beyond 2,000 records, valid 24 hours. */
                page_token?: components["parameters"]["page_token"];
                per_page?: components["parameters"]["per_page"];
            };
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of attachments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentListResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    uploadAttachment: {
        parameters: {
            query?: {
                /** @description URL to attach as a link (instead of a file). */
                attachmentUrl?: string;
                /** @description Title of the link attachment. */
                title?: string;
            };
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "multipart/form-data": components["schemas"]["AttachmentUpload"];
            };
        };
        responses: {
            200: components["responses"]["ActionResults"];
            201: components["responses"]["ActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteAttachments: {
        parameters: {
            query: {
                /** @description Comma-separated ids (at most 100). */
                ids: components["parameters"]["ids_required"];
            };
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ActionResults"];
            207: components["responses"]["ActionResultsMultiStatus"];
            400: components["responses"]["WriteBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    downloadAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachment_id: components["parameters"]["attachment_id"];
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with its name in Content-Disposition. */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["Binary"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachment_id: components["parameters"]["attachment_id"];
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ActionResults"];
            400: components["responses"]["WriteBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getEmails: {
        parameters: {
            query?: {
                index?: number;
                owner_id?: string;
                type?: string;
            };
            header?: never;
            path: {
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        Emails?: components["schemas"]["EmailMessage"][];
                        info?: components["schemas"]["Info"];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getEmail: {
        parameters: {
            query?: {
                owner_id?: string;
                type?: string;
            };
            header?: never;
            path: {
                message_id: components["schemas"]["Id"];
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        Emails?: components["schemas"]["EmailMessage"][];
                        info?: components["schemas"]["Info"];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getEmailsDownloadAttachments: {
        parameters: {
            query?: {
                id?: string;
                message_id?: string;
                name?: string;
                user_id?: string;
            };
            header?: never;
            path: {
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "multipart/form-data": components["schemas"]["Binary"];
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getEmailsDownloadInlineImages: {
        parameters: {
            query?: {
                id?: string;
                message_id?: string;
                user_id?: string;
            };
            header?: never;
            path: {
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "multipart/form-data": components["schemas"]["Binary"];
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getLockingInformation: {
        parameters: {
            query?: {
                fields?: string;
                /** @description Comma-separated values. */
                ids?: string;
                page?: number;
                page_token?: string;
                per_page?: number;
            };
            header?: never;
            path: {
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["LockingInformation"][];
                        info?: components["schemas"]["Info"];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    createLockingInformation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data?: components["schemas"]["LockingInformation"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        data?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getLockingInformationById: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path: {
                lock_id: components["schemas"]["Id"];
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["LockingInformation"][];
                        info?: components["schemas"]["Info"];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateLockingInformation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lock_id: components["schemas"]["Id"];
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data?: components["schemas"]["LockingInformation"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        data?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    deleteLockingInformation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lock_id: components["schemas"]["Id"];
                module_api_name: string;
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        data?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    downloadRecordPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/*": components["schemas"]["Binary"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    uploadRecordPhoto: {
        parameters: {
            query?: {
                /** @description `workflow` to upload without running workflow rules. */
                restrict_triggers?: "workflow";
            };
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["FileUpload"];
        responses: {
            200: components["responses"]["PhotoResult"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteRecordPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["PhotoResult"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    addTagsToRecords: {
        parameters: {
            query?: {
                /** @description `true` replaces the records' tags with the given ones; `false` (default) adds to them. */
                over_write?: components["parameters"]["over_write"];
            };
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddTagsRequest"];
            };
        };
        responses: {
            200: components["responses"]["RecordTagsResults"];
            207: components["responses"]["RecordTagsResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    assignTerritoriesToRecords: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["TerritoryAssignment"];
        responses: {
            200: components["responses"]["ActionResults"];
            207: components["responses"]["ActionResultsMultiStatus"];
            400: components["responses"]["WriteBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    changeRecordsOwner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeOwnerManyRequest"];
            };
        };
        responses: {
            200: components["responses"]["ActionResults"];
            202: components["responses"]["ActionResults"];
            207: components["responses"]["ActionResultsMultiStatus"];
            400: components["responses"]["WriteBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getRecordCount: {
        parameters: {
            query?: {
                /** @description `(field:operator:value)` conditions joined with `and`/`or`, e.g. `((Last_Name:equals:Burns)and(Lead_Source:equals:Web))`. */
                criteria?: components["parameters"]["criteria"];
                /** @description Id of a custom view whose records to use. */
                cvid?: components["parameters"]["cvid"];
                /** @description Search the email fields. */
                email?: components["parameters"]["email"];
                /** @description Search the phone fields. */
                phone?: components["parameters"]["phone"];
                /** @description Search all text fields. */
                word?: components["parameters"]["word"];
            };
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Count"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    countRecords: {
        parameters: {
            query?: {
                /** @description Search the email fields. */
                email?: components["parameters"]["email"];
                /** @description Search the phone fields. */
                phone?: components["parameters"]["phone"];
                /** @description Search all text fields. */
                word?: components["parameters"]["word"];
            };
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    criteria?: components["schemas"]["Criteria"];
                    cvid?: components["schemas"]["Id"];
                };
            };
        };
        responses: {
            200: components["responses"]["Count"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    runEnrolInCadences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cadences_ids?: components["schemas"]["Id"][];
                    ids?: components["schemas"]["Id"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        data?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getRichTextRecords: {
        parameters: {
            query: {
                /** @description Comma-separated field API names to return (at most 50), e.g. `Last_Name,Email,Owner`. */
                fields: components["parameters"]["fields"];
                /** @description Comma-separated ids (at most 100). */
                ids: components["parameters"]["ids_required"];
            };
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The records with their full rich-text values. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordListResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getMassChangeOwnerStatus: {
        parameters: {
            query: {
                job_id: components["parameters"]["job_id_query"];
            };
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts of the job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MassUpdateStatusResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    massChangeOwner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MassChangeOwnerRequest"];
            };
        };
        responses: {
            200: components["responses"]["MassJobScheduled"];
            202: components["responses"]["MassJobScheduled"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getInventoryMassConvertStatus: {
        parameters: {
            query?: {
                job_id?: string;
            };
            header?: never;
            path: {
                module_api_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        converted_count?: number;
                        failed_count?: number;
                        not_converted_count?: number;
                        status?: string | null;
                        total_count?: number;
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    massConvertInventory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Zoho's files give no type for this key. */
                    assign_to?: unknown;
                    /** @description Zoho's files give no type for this key. */
                    convert_to?: unknown;
                    ids?: components["schemas"]["Id"][];
                    /** @description Zoho's files give no item type for this key. */
                    related_modules?: unknown[];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getMassDeleteStatus: {
        parameters: {
            query: {
                job_id: components["parameters"]["job_id_query"];
            };
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts of the job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MassDeleteStatusResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    massDeleteRecords: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MassDeleteRequest"];
            };
        };
        responses: {
            200: components["responses"]["MassJobScheduled"];
            202: components["responses"]["MassJobScheduled"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getMassUpdateStatus: {
        parameters: {
            query: {
                job_id: components["parameters"]["job_id_query"];
            };
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts of the job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MassUpdateStatusResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    massUpdateRecords: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MassUpdateRequest"];
            };
        };
        responses: {
            200: components["responses"]["MassJobScheduled"];
            202: components["responses"]["MassJobScheduled"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getPortalInvite: {
        parameters: {
            query?: {
                job_id?: string;
            };
            header?: never;
            path: {
                module_api_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        portal_invite?: components["schemas"]["PortalInvite"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    runPortalInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Zoho's files give no type for this key. */
                    portal_invite?: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        portal_invite?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    removeTagsFromRecords: {
        parameters: {
            query?: {
                /** @description Comma-separated record ids (at most 100). */
                ids?: components["parameters"]["ids"];
            };
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemoveTagsRequest"];
            };
        };
        responses: {
            200: components["responses"]["RecordTagsResults"];
            207: components["responses"]["RecordTagsResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    removeTerritoriesFromRecords: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["TerritoryAssignment"];
        responses: {
            200: components["responses"]["ActionResults"];
            207: components["responses"]["ActionResultsMultiStatus"];
            400: components["responses"]["WriteBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateRunScoringRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        scoring_rules?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    runShareEmails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids?: components["schemas"]["Id"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        data?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            /** @description One result per input item, in input order. */
            207: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        data?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    runUnblockEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids?: components["schemas"]["Id"][];
                    /** @description Zoho's files give no item type for this key. */
                    unblock_fields?: unknown[];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        data?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    runUnenrolFromCadences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cadences_ids?: components["schemas"]["Id"][];
                    ids?: components["schemas"]["Id"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        data?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    runUnshareEmails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                module_api_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ids?: components["schemas"]["Id"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        data?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            /** @description One result per input item, in input order. */
            207: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        data?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getDeletedRecords: {
        parameters: {
            query?: {
                /** @description Page number, from 1. Only the first 2,000 records can be reached by page. */
                page?: components["parameters"]["page"];
                per_page?: components["parameters"]["per_page"];
                type?: "all" | "recycle" | "permanent";
            };
            header?: {
                /** @description Only what was modified after this time; otherwise HTTP 304. */
                "If-Modified-Since"?: components["parameters"]["If-Modified-Since"];
            };
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deleted records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedRecordListResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getDeletedRecordRelatedRecords: {
        parameters: {
            query: {
                /** @description Comma-separated field API names to return (at most 50), e.g. `Last_Name,Email,Owner`. */
                fields: components["parameters"]["fields"];
                /** @description Comma-separated record ids (at most 100). */
                ids?: components["parameters"]["ids"];
                /** @description Page number, from 1. Only the first 2,000 records can be reached by page. */
                page?: components["parameters"]["page"];
                per_page?: components["parameters"]["per_page"];
            };
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
                /** @description API name of the related list (see `getRelatedLists`), e.g. Notes, Contacts, Deals. */
                related_list_api_name: components["parameters"]["related_list_api_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of related records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordListResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    searchRecords: {
        parameters: {
            query?: {
                /** @description Which records by approval state, e.g. `approved` or `approval_process_pending`. */
                approval_state?: components["parameters"]["approval_state"];
                /** @description Include records awaiting approval (`false`) or both. */
                approved?: components["parameters"]["approved"];
                /** @description Leads only; include converted leads (`true`), only them, or both. */
                converted?: components["parameters"]["converted"];
                /** @description `(field:operator:value)` conditions joined with `and`/`or`, e.g. `((Last_Name:equals:Burns)and(Lead_Source:equals:Web))`. */
                criteria?: components["parameters"]["criteria"];
                /** @description Id of a custom view whose records to use. */
                cvid?: components["parameters"]["cvid"];
                /** @description Search the email fields. */
                email?: components["parameters"]["email"];
                /** @description Comma-separated field API names to return (at most 50); all fields when omitted. */
                fields?: components["parameters"]["fields_optional"];
                /** @description Page number, from 1. Only the first 2,000 records can be reached by page. */
                page?: components["parameters"]["page"];
                per_page?: components["parameters"]["per_page"];
                /** @description Search the phone fields. */
                phone?: components["parameters"]["phone"];
                type?: string;
                /** @description Search all text fields. */
                word?: components["parameters"]["word"];
            };
            header?: {
                /**
                 * @description `{module}.{external_id_field}` (e.g. `Leads.External_Lead_ID`): ids in the path and
                 *     lookups in the body are values of that external id field.
                 */
                "X-EXTERNAL"?: components["parameters"]["X-EXTERNAL"];
            };
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordListResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    upsertRecords: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description `{module}.{external_id_field}` (e.g. `Leads.External_Lead_ID`): ids in the path and
                 *     lookups in the body are values of that external id field.
                 */
                "X-EXTERNAL"?: components["parameters"]["X-EXTERNAL"];
            };
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["RecordWrite"];
        responses: {
            200: components["responses"]["ActionResults"];
            201: components["responses"]["ActionResults"];
            202: components["responses"]["ActionResults"];
            207: components["responses"]["ActionResultsMultiStatus"];
            400: components["responses"]["WriteBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getEmailAvailable: {
        parameters: {
            query?: {
                orginal_message_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Zoho's files give no type for this key. */
                        available?: unknown;
                        /** @description Zoho's files give no type for this key. */
                        linked_record?: unknown;
                        /** @description Zoho's files give no type for this key. */
                        record?: unknown;
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getNotificationChannels: {
        parameters: {
            query?: {
                channel_id?: string;
                module?: string;
                /** @description Page number, from 1. Only the first 2,000 records can be reached by page. */
                page?: components["parameters"]["page"];
                per_page?: components["parameters"]["per_page"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WatchListResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateNotificationChannels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Watch"];
        responses: {
            200: components["responses"]["WatchActionResults"];
            202: components["responses"]["WatchActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    enableNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Watch"];
        responses: {
            200: components["responses"]["WatchActionResults"];
            201: components["responses"]["WatchActionResults"];
            202: components["responses"]["WatchActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    disableNotifications: {
        parameters: {
            query: {
                /** @description Comma-separated channel ids. */
                channel_ids: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["WatchActionResults"];
            202: components["responses"]["WatchActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    patchNotificationChannels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["Watch"];
        responses: {
            200: components["responses"]["WatchActionResults"];
            202: components["responses"]["WatchActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getAppointmentsRescheduledHistory: {
        parameters: {
            query?: {
                fields?: string;
                /** @description Comma-separated values. */
                ids?: string;
                page?: number;
                per_page?: number;
                sort_by?: string;
                sort_order?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Record"][];
                        info?: components["schemas"]["Info"];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateAppointmentsRescheduledHistory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data?: components["schemas"]["Record"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        data?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    createAppointmentsRescheduledHistory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data?: components["schemas"]["Record"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        data?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            /** @description One result per input item, in input order. */
            207: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        data?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getAppointmentsRescheduledHistoryById: {
        parameters: {
            query?: {
                fields?: string;
            };
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Record"][];
                        info?: components["schemas"]["Info"];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateAppointmentsRescheduledHistoryById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data?: components["schemas"]["Record"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        data?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    deleteAppointmentsRescheduledHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        data?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getContactRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact roles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactRolesResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateContactRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ContactRolesWrite"];
        responses: {
            200: components["responses"]["ContactRolesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createContactRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ContactRolesWrite"];
        responses: {
            200: components["responses"]["ContactRolesActionResults"];
            201: components["responses"]["ContactRolesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteContactRoles: {
        parameters: {
            query: {
                /** @description Comma-separated ids (at most 100). */
                ids: components["parameters"]["ids_required"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ContactRolesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getContactRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contact_role_id: components["parameters"]["contact_role_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact role, as a one-element array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactRolesResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateContactRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contact_role_id: components["parameters"]["contact_role_id"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ContactRolesWrite"];
        responses: {
            200: components["responses"]["ContactRolesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteContactRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                contact_role_id: components["parameters"]["contact_role_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ContactRolesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    coqlQuery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CoqlRequest"];
            };
        };
        responses: {
            /** @description The rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoqlResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getEntityScores: {
        parameters: {
            query?: {
                cvid?: string;
                fields?: string;
                /** @description Comma-separated values. */
                ids?: string;
                page?: number;
                page_token?: string;
                per_page?: number;
                sort_by?: string;
                sort_order?: string;
            };
            header?: {
                /** @description Only what was modified after this time (ISO 8601); otherwise HTTP 304. */
                "If-Modified-Since"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Record"][];
                        info?: components["schemas"]["Info"];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getEntityScore: {
        parameters: {
            query?: {
                cvid?: string;
                fields?: string;
            };
            header?: never;
            path: {
                record_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: components["schemas"]["Record"][];
                        info?: components["schemas"]["Info"];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    cancelMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data?: components["schemas"]["Record"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        data?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    downloadFile: {
        parameters: {
            query: {
                /** @description The encrypted file id (from a file-upload field or `uploadFiles`). */
                id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["Binary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    uploadFiles: {
        parameters: {
            query?: {
                /** @description `inline` for images to embed in rich text or email content. */
                type?: "inline";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FilesUpload"];
            };
        };
        responses: {
            /** @description One result per file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileUploadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getLeadConversionOptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lead_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        __conversion_options?: components["schemas"]["ConversionOption"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    convertLead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConvertLeadRequest"];
            };
        };
        responses: {
            /** @description The contact, account and deal the lead became. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConvertLeadResponse"];
                };
            };
            /** @description The conversion failed for a reason given per item. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConvertLeadResponse"];
                };
            };
            400: components["responses"]["WriteBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getMassConvertStatus: {
        parameters: {
            query: {
                job_id: components["parameters"]["job_id_query"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts of the job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MassConvertStatusResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    massConvertLeads: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MassConvertRequest"];
            };
        };
        responses: {
            /** @description Scheduled; poll with `details.job_id`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MassConvertScheduled"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getNotes: {
        parameters: {
            query: {
                /** @description Comma-separated field API names to return (at most 50), e.g. `Last_Name,Email,Owner`. */
                fields: components["parameters"]["fields"];
                /** @description Comma-separated record ids (at most 100). */
                ids?: components["parameters"]["ids"];
                /** @description Page number, from 1. Only the first 2,000 records can be reached by page. */
                page?: components["parameters"]["page"];
                per_page?: components["parameters"]["per_page"];
                sort_by?: components["parameters"]["sort_by"];
                sort_order?: components["parameters"]["sort_order"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteListResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateNotes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["NoteWrite"];
        responses: {
            200: components["responses"]["ActionResults"];
            202: components["responses"]["ActionResults"];
            207: components["responses"]["ActionResultsMultiStatus"];
            400: components["responses"]["WriteBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createNotes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["NoteWrite"];
        responses: {
            201: components["responses"]["ActionResults"];
            202: components["responses"]["ActionResults"];
            207: components["responses"]["ActionResultsMultiStatus"];
            400: components["responses"]["WriteBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteNotes: {
        parameters: {
            query: {
                /** @description Comma-separated ids (at most 100). */
                ids: components["parameters"]["ids_required"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ActionResults"];
            202: components["responses"]["ActionResults"];
            207: components["responses"]["ActionResultsMultiStatus"];
            400: components["responses"]["WriteBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getNote: {
        parameters: {
            query: {
                /** @description Comma-separated field API names to return (at most 50), e.g. `Last_Name,Email,Owner`. */
                fields: components["parameters"]["fields"];
            };
            header?: {
                /** @description Only what was modified after this time; otherwise HTTP 304. */
                "If-Modified-Since"?: components["parameters"]["If-Modified-Since"];
            };
            path: {
                note_id: components["parameters"]["note_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The note, as a one-element `data` array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteListResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                note_id: components["parameters"]["note_id"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["NoteWrite"];
        responses: {
            200: components["responses"]["ActionResults"];
            400: components["responses"]["WriteBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                note_id: components["parameters"]["note_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ActionResults"];
            400: components["responses"]["WriteBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The org, as a one-element `org` array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrgResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getCurrencies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The currencies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrenciesResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateCurrencies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CurrenciesWrite"];
        responses: {
            200: components["responses"]["CurrenciesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    addCurrencies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CurrenciesWrite"];
        responses: {
            200: components["responses"]["CurrenciesActionResults"];
            201: components["responses"]["CurrenciesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getCurrency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                currency_id: components["parameters"]["currency_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The currency, as a one-element array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrenciesResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateCurrency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                currency_id: components["parameters"]["currency_id"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CurrenciesWrite"];
        responses: {
            200: components["responses"]["CurrenciesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getAvailableCurrencies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The currencies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailableCurrenciesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateBaseCurrency: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["BaseCurrency"];
        responses: {
            200: components["responses"]["BaseCurrencyActionResult"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    enableMultiCurrency: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["BaseCurrency"];
        responses: {
            200: components["responses"]["BaseCurrencyActionResult"];
            201: components["responses"]["BaseCurrencyActionResult"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    downloadOrgPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/*": components["schemas"]["Binary"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    uploadOrgPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["FileUpload"];
        responses: {
            200: components["responses"]["OrgPhotoResult"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteOrgPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["OrgPhotoResult"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getServices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
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
            default: components["responses"]["ZohoError"];
        };
    };
    createServices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description One result per input item, in input order. */
            207: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
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
            default: components["responses"]["ZohoError"];
        };
    };
    updateService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
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
            default: components["responses"]["ZohoError"];
        };
    };
    deleteService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
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
            default: components["responses"]["ZohoError"];
        };
    };
    getAppointmentPreferences: {
        parameters: {
            query?: {
                include?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        appointment_preferences?: components["schemas"]["AppointmentPreference"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateAppointmentPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        appointment_preferences?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getAuditLogExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        audit_log_export?: components["schemas"]["AuditLogExport"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    createAuditLogExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Zoho's files give no type for this key. */
                    audit_log_export?: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        audit_log_export?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getAuditLogExportById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        audit_log_export?: components["schemas"]["AuditLogExport"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getAssignmentRules: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignment_rules?: components["schemas"]["AssignmentRule"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getAssignmentRule: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignment_rules?: components["schemas"]["AssignmentRule"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getCadences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cadences?: components["schemas"]["Cadence"][];
                        info?: components["schemas"]["Info"];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getScoringRules: {
        parameters: {
            query?: {
                active?: boolean;
                layout_id?: string;
                module?: string;
                name?: string;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        info?: components["schemas"]["Info"];
                        scoring_rules?: components["schemas"]["ScoringRule"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateScoringRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    scoring_rules?: components["schemas"]["ScoringRule"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        scoring_rules?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    createScoringRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    scoring_rules?: components["schemas"]["ScoringRule"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        scoring_rules?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    deleteScoringRules: {
        parameters: {
            query?: {
                /** @description Comma-separated values. */
                ids?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        scoring_rules?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getScoringRule: {
        parameters: {
            query?: {
                active?: boolean;
                layout_id?: string;
                name?: string;
            };
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        info?: components["schemas"]["Info"];
                        scoring_rules?: components["schemas"]["ScoringRule"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateScoringRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    scoring_rules?: components["schemas"]["ScoringRule"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        scoring_rules?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    deleteScoringRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        scoring_rules?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateScoringRuleActivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        scoring_rules?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    undoScoringRuleActivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        scoring_rules?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    runScoringRuleClone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        scoring_rules?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getBusinessHours: {
        parameters: {
            query?: never;
            header?: {
                /** @description The org id (zgid), for a user who belongs to several orgs. */
                "X-CRM-ORG"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        business_hours?: components["schemas"]["BusinessHour"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateBusinessHours: {
        parameters: {
            query?: never;
            header?: {
                /** @description The org id (zgid), for a user who belongs to several orgs. */
                "X-CRM-ORG"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        business_hours?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    createBusinessHours: {
        parameters: {
            query?: never;
            header?: {
                /** @description The org id (zgid), for a user who belongs to several orgs. */
                "X-CRM-ORG"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        business_hours?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getBusinessHoursShiftHours: {
        parameters: {
            query?: never;
            header?: {
                /** @description The org id (zgid), for a user who belongs to several orgs. */
                "X-CRM-ORG"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        shift_count?: number;
                        shift_hours?: components["schemas"]["ShiftHour"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateBusinessHoursShiftHours: {
        parameters: {
            query?: never;
            header?: {
                /** @description The org id (zgid), for a user who belongs to several orgs. */
                "X-CRM-ORG"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    shift_hours?: components["schemas"]["ShiftHour"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        shift_hours?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    createBusinessHoursShiftHours: {
        parameters: {
            query?: never;
            header?: {
                /** @description The org id (zgid), for a user who belongs to several orgs. */
                "X-CRM-ORG"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    shift_hours?: components["schemas"]["ShiftHour"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        shift_hours?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getBusinessHoursShiftHour: {
        parameters: {
            query?: never;
            header?: {
                /** @description The org id (zgid), for a user who belongs to several orgs. */
                "X-CRM-ORG"?: string;
            };
            path: {
                shift_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        shift_count?: number;
                        shift_hours?: components["schemas"]["ShiftHour"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateBusinessHoursShiftHour: {
        parameters: {
            query?: never;
            header?: {
                /** @description The org id (zgid), for a user who belongs to several orgs. */
                "X-CRM-ORG"?: string;
            };
            path: {
                shift_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    shift_hours?: components["schemas"]["ShiftHour"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        shift_hours?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    deleteBusinessHoursShiftHour: {
        parameters: {
            query?: never;
            header?: {
                /** @description The org id (zgid), for a user who belongs to several orgs. */
                "X-CRM-ORG"?: string;
            };
            path: {
                shift_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        shift_hours?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getCallPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        call_preferences?: components["schemas"]["CallPreference"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateCallPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    call_preferences?: components["schemas"]["CallPreference"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        call_preferences?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getCustomViews: {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
                /** @description Page number, from 1. Only the first 2,000 records can be reached by page. */
                page?: components["parameters"]["page"];
                per_page?: components["parameters"]["per_page"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The custom views. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomViewsResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getCustomView: {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
            };
            header?: never;
            path: {
                custom_view_id: components["parameters"]["custom_view_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The custom view with its criteria and fields. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomViewsResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    changeCustomViewSortOrder: {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
            };
            header?: never;
            path: {
                custom_view_id: components["parameters"]["custom_view_id"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CustomViewSort"];
        responses: {
            200: components["responses"]["CustomViewsActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    changeCustomViewsSortOrder: {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["CustomViewSort"];
        responses: {
            200: components["responses"]["CustomViewsActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getRules: {
        parameters: {
            query?: {
                module?: string;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
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
            default: components["responses"]["ZohoError"];
        };
    };
    updateRules: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
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
            default: components["responses"]["ZohoError"];
        };
    };
    createRules: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getRule: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
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
            default: components["responses"]["ZohoError"];
        };
    };
    updateRule: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
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
            default: components["responses"]["ZohoError"];
        };
    };
    deleteRule: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
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
            default: components["responses"]["ZohoError"];
        };
    };
    updateRuleActivate: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
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
            default: components["responses"]["ZohoError"];
        };
    };
    undoRuleActivate: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
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
            default: components["responses"]["ZohoError"];
        };
    };
    runRulesRun: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
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
            default: components["responses"]["ZohoError"];
        };
    };
    getRulesSummary: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
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
            default: components["responses"]["ZohoError"];
        };
    };
    runRulesSummary: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Success. */
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
            default: components["responses"]["ZohoError"];
        };
    };
    createRulesSearch: {
        parameters: {
            query?: {
                module?: string;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Success. */
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
            default: components["responses"]["ZohoError"];
        };
    };
    getDuplicateCheckPreference: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Zoho's files give no type for this key. */
                        duplicate_check_preference?: unknown;
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateDuplicateCheckPreference: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Zoho's files give no type for this key. */
                    duplicate_check_preference?: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        duplicate_check_preference?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    createDuplicateCheckPreference: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Zoho's files give no type for this key. */
                    duplicate_check_preference?: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        duplicate_check_preference?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    deleteDuplicateCheckPreference: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        duplicate_check_preference?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getEmailTemplates: {
        parameters: {
            query?: {
                /** @description API name of the module. */
                module?: components["parameters"]["module_query_optional"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The templates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailTemplatesResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getEmailTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: components["parameters"]["template_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template, as a one-element array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmailTemplatesResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getFromAddresses: {
        parameters: {
            query?: {
                user_id?: components["schemas"]["Id"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The addresses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FromAddressesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getFields: {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
                /** @description `unused` lists fields not in any layout; `all` both. */
                type?: "all" | "used" | "unused";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The fields. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FieldsResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createFields: {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["FieldsWrite"];
        responses: {
            201: components["responses"]["FieldsActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateFields: {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["FieldsWrite"];
        responses: {
            200: components["responses"]["FieldsActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getField: {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
            };
            header?: never;
            path: {
                field_id: components["parameters"]["field_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The field, as a one-element `fields` array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FieldsResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteField: {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
            };
            header?: never;
            path: {
                field_id: components["parameters"]["field_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["FieldsActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateField: {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
            };
            header?: never;
            path: {
                field_id: components["parameters"]["field_id"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["FieldsWrite"];
        responses: {
            200: components["responses"]["FieldsActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getFieldPickListValues: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path: {
                field_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pick_list_values?: components["schemas"]["PickListValue"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getFiscalYear: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        fiscal_year?: components["schemas"]["FiscalYear"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateFiscalYear: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Zoho's files give no type for this key. */
                    fiscal_year?: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        fiscal_year?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getGlobalPicklists: {
        parameters: {
            query?: {
                include?: string;
                include_inner_details?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        global_picklists?: components["schemas"]["GlobalPicklist"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    createGlobalPicklists: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    global_picklists?: components["schemas"]["GlobalPicklist"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        global_picklists?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    deleteGlobalPicklists: {
        parameters: {
            query?: {
                /** @description Comma-separated values. */
                ids?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        global_picklists?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    patchGlobalPicklists: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    global_picklists?: components["schemas"]["GlobalPicklist"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        global_picklists?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getGlobalPicklist: {
        parameters: {
            query?: {
                include?: string;
                include_inner_details?: boolean;
            };
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        global_picklists?: components["schemas"]["GlobalPicklist"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    deleteGlobalPicklist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        global_picklists?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    patchGlobalPicklist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    global_picklists?: components["schemas"]["GlobalPicklist"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        global_picklists?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getGlobalPicklistAssociations: {
        parameters: {
            query?: {
                include_inner_details?: boolean;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        associations?: components["schemas"]["GlobalPicklistAssociation"][];
                        info?: components["schemas"]["Info"];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getGlobalPicklistPickListValuesAssociations: {
        parameters: {
            query?: {
                picklist_value_id?: string;
            };
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pick_list_values_associations?: components["schemas"]["PickListValuesAssociation"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    runGlobalPicklistReplacePicklistValues: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        replace_picklist_values?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getGlobalPicklistReplacedValues: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        replaced_values?: components["schemas"]["ReplacedValue"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getHolidays: {
        parameters: {
            query?: {
                shift_id?: string;
                type?: string;
                year?: number;
            };
            header?: {
                /** @description The org id (zgid), for a user who belongs to several orgs. */
                "X-CRM-ORG"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        holidays?: components["schemas"]["Holiday"][];
                        info?: components["schemas"]["Info"];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateHolidays: {
        parameters: {
            query?: never;
            header?: {
                /** @description The org id (zgid), for a user who belongs to several orgs. */
                "X-CRM-ORG"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    holidays?: components["schemas"]["Holiday"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        holidays?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    createHolidays: {
        parameters: {
            query?: never;
            header?: {
                /** @description The org id (zgid), for a user who belongs to several orgs. */
                "X-CRM-ORG"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    holidays?: components["schemas"]["Holiday"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        holidays?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getHoliday: {
        parameters: {
            query?: never;
            header?: {
                /** @description The org id (zgid), for a user who belongs to several orgs. */
                "X-CRM-ORG"?: string;
            };
            path: {
                holiday_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        holidays?: components["schemas"]["Holiday"][];
                        info?: components["schemas"]["Info"];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateHoliday: {
        parameters: {
            query?: never;
            header?: {
                /** @description The org id (zgid), for a user who belongs to several orgs. */
                "X-CRM-ORG"?: string;
            };
            path: {
                holiday_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    holidays?: components["schemas"]["Holiday"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        holidays?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    deleteHoliday: {
        parameters: {
            query?: never;
            header?: {
                /** @description The org id (zgid), for a user who belongs to several orgs. */
                "X-CRM-ORG"?: string;
            };
            path: {
                holiday_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        holidays?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getInventoryTemplates: {
        parameters: {
            query?: {
                category?: "favorite" | "created_by_me" | "shared_with_me" | "draft";
                /** @description A criteria JSON, URL-encoded. */
                filters?: string;
                /** @description API name of the module. */
                module?: components["parameters"]["module_query_optional"];
                sort_by?: "modified_time" | "name" | "last_usage_time";
                sort_order?: components["parameters"]["sort_order"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The templates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InventoryTemplatesResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getInventoryTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template_id: components["parameters"]["template_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template, as a one-element array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InventoryTemplatesResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getLayouts: {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The layouts with their sections and fields. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LayoutsResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateLayouts: {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["LayoutsWrite"];
        responses: {
            200: components["responses"]["LayoutsActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getLayout: {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
            };
            header?: never;
            path: {
                layout_id: components["parameters"]["layout_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The layout, as a one-element `layouts` array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LayoutsResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteLayout: {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
                /** @description The layout that takes over the records of the removed layout. */
                transfer_to: components["parameters"]["layout_transfer_to"];
            };
            header?: never;
            path: {
                layout_id: components["parameters"]["layout_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["LayoutsActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateLayout: {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
            };
            header?: never;
            path: {
                layout_id: components["parameters"]["layout_id"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["LayoutsWrite"];
        responses: {
            200: components["responses"]["LayoutsActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    activateLayout: {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
            };
            header?: never;
            path: {
                layout_id: components["parameters"]["layout_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["LayoutsActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deactivateLayout: {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
                /** @description The layout that takes over the records of the removed layout. */
                transfer_to: components["parameters"]["layout_transfer_to"];
            };
            header?: never;
            path: {
                layout_id: components["parameters"]["layout_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["LayoutsActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getLayoutMapDependency: {
        parameters: {
            query?: {
                /** @description A criteria JSON, URL-encoded. */
                filters?: string;
                module?: string;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path: {
                layout_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        info?: components["schemas"]["Info"];
                        map_dependency?: components["schemas"]["MapDependency"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    createLayoutMapDependency: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path: {
                layout_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Zoho's files give no type for this key. */
                    map_dependency?: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        map_dependency?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getLayoutMapDependencyById: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path: {
                dependency_id: components["schemas"]["Id"];
                layout_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        info?: components["schemas"]["Info"];
                        map_dependency?: components["schemas"]["MapDependency"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateLayoutMapDependency: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path: {
                dependency_id: components["schemas"]["Id"];
                layout_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Zoho's files give no type for this key. */
                    map_dependency?: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        map_dependency?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    deleteLayoutMapDependency: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path: {
                dependency_id: components["schemas"]["Id"];
                layout_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        map_dependency?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getModules: {
        parameters: {
            query?: {
                /** @description Comma-separated statuses, e.g. `visible,user_hidden`. */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The modules. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModulesResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateModules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ModulesWrite"];
        responses: {
            200: components["responses"]["ModulesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createModules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ModulesWrite"];
        responses: {
            200: components["responses"]["ModulesActionResults"];
            201: components["responses"]["ModulesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getModule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The module, as a one-element `modules` array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModulesResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateModule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API name of the module (e.g. Leads, Contacts, Deals, Quotes, a custom `xyz__c`); the settings/modules path also accepts the module id. */
                module_api_name: components["parameters"]["module_api_name"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ModulesWrite"];
        responses: {
            200: components["responses"]["ModulesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getPipeline: {
        parameters: {
            query?: {
                layout_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pipeline?: components["schemas"]["Pipeline"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updatePipeline: {
        parameters: {
            query?: {
                layout_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Zoho's files give no type for this key. */
                    pipeline?: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        pipeline?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    createPipeline: {
        parameters: {
            query?: {
                layout_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Zoho's files give no type for this key. */
                    pipeline?: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        pipeline?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getPipelineById: {
        parameters: {
            query?: {
                layout_id?: string;
            };
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pipeline?: components["schemas"]["Pipeline"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updatePipelineById: {
        parameters: {
            query?: {
                layout_id?: string;
            };
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Zoho's files give no type for this key. */
                    pipeline?: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        pipeline?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    patchPipeline: {
        parameters: {
            query?: {
                layout_id?: string;
            };
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Zoho's files give no type for this key. */
                    pipeline?: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        pipeline?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    runPipelineTransfer: {
        parameters: {
            query?: {
                layout_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Zoho's files give no type for this key. */
                    transfer_pipeline?: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        transfer_pipeline?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getPortals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        portals?: components["schemas"]["Portal"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    createPortals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    portals?: components["schemas"]["Portal"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        portals?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getPortal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                portal_name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        portals?: components["schemas"]["Portal"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updatePortal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                portal_name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    portals?: components["schemas"]["Portal"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        portals?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getPortalUserTypeUsers: {
        parameters: {
            query?: {
                /** @description A criteria JSON, URL-encoded. */
                filters?: string;
                type?: string;
            };
            header?: never;
            path: {
                portal_name: string;
                user_type_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        info?: components["schemas"]["Info"];
                        users?: components["schemas"]["PortalUser"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    deletePortalUserTypeUsers: {
        parameters: {
            query?: {
                /** @description Comma-separated values. */
                personality_ids?: string;
            };
            header?: never;
            path: {
                portal_name: string;
                user_type_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        users?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updatePortalUserTypeUserChangeStatus: {
        parameters: {
            query?: {
                active?: boolean;
            };
            header?: never;
            path: {
                portal_name: string;
                user_id: components["schemas"]["Id"];
                user_type_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        change_status?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    runPortalUserTypeUsersTransfer: {
        parameters: {
            query?: {
                /** @description Comma-separated values. */
                personality_ids?: string;
                transfer_To?: string;
            };
            header?: never;
            path: {
                portal_name: string;
                user_type_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        users?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getPortalUserType: {
        parameters: {
            query?: {
                include?: string;
            };
            header?: never;
            path: {
                portal: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user_type?: components["schemas"]["PortalUserType"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    createPortalUserType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                portal: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Zoho's files give no type for this key. */
                    user_type?: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        user_type?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getPortalUserTypeById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                portal: string;
                user_type_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user_type?: components["schemas"]["PortalUserType"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updatePortalUserType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                portal: string;
                user_type_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Zoho's files give no type for this key. */
                    user_type?: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        user_type?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    deletePortalUserType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                portal: string;
                user_type_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        user_type?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getPortalsMeta: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        related_lists?: components["schemas"]["PortalsMetaRelatedList"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getProfiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profiles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfilesResponse"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                profile_id: components["parameters"]["profile_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile, as a one-element `profiles` array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfilesResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                profile_id: components["parameters"]["profile_id"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ProfilesWrite"];
        responses: {
            200: components["responses"]["ProfilesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteProfile: {
        parameters: {
            query: {
                /** @description The profile that takes over the deleted profile's users. */
                transfer_to: components["schemas"]["Id"];
            };
            header?: never;
            path: {
                profile_id: components["parameters"]["profile_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result (not wrapped in an array). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    cloneProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                profile_id: components["parameters"]["profile_id"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ProfilesWrite"];
        responses: {
            201: components["responses"]["ProfilesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getRecordLockingConfigurations: {
        parameters: {
            query?: {
                feature_type?: string;
                module?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        record_locking_configurations?: components["schemas"]["RecordLockingConfiguration"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateRecordLockingConfigurations: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    record_locking_configurations?: components["schemas"]["RecordLockingConfiguration"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        record_locking_configurations?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    createRecordLockingConfigurations: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    record_locking_configurations?: components["schemas"]["RecordLockingConfiguration"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        record_locking_configurations?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    deleteRecordLockingConfigurations: {
        parameters: {
            query?: {
                /** @description Comma-separated values. */
                ids?: string;
                module?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        record_locking_configurations?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getRecordLockingConfiguration: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path: {
                record_locking_config_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        record_locking_configurations?: components["schemas"]["RecordLockingConfiguration"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateRecordLockingConfiguration: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path: {
                record_locking_config_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    record_locking_configurations?: components["schemas"]["RecordLockingConfiguration"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        record_locking_configurations?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    deleteRecordLockingConfiguration: {
        parameters: {
            query?: {
                module?: string;
            };
            header?: never;
            path: {
                record_locking_config_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        record_locking_configurations?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getRecycleBinRecords: {
        parameters: {
            query?: {
                /**
                 * @description A criteria JSON, URL-encoded, on `display_name`, `module`, `deleted_by` or
                 *     `deleted_time`, e.g. `{"field":{"api_name":"module"},"comparator":"equal","value":"Leads"}`.
                 */
                filters?: components["parameters"]["recycle_bin_filters"];
                /** @description Comma-separated record ids (at most 100). */
                ids?: components["parameters"]["ids"];
                /** @description Page number, from 1. Only the first 2,000 records can be reached by page. */
                page?: components["parameters"]["page"];
                per_page?: components["parameters"]["per_page"];
                sort_by?: "display_name" | "deleted_time" | "deleted_by";
                sort_order?: components["parameters"]["sort_order"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deleted records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecycleBinResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteRecycleBinRecords: {
        parameters: {
            query?: {
                /**
                 * @description A criteria JSON, URL-encoded, on `display_name`, `module`, `deleted_by` or
                 *     `deleted_time`, e.g. `{"field":{"api_name":"module"},"comparator":"equal","value":"Leads"}`.
                 */
                filters?: components["parameters"]["recycle_bin_filters"];
                /** @description Comma-separated record ids (at most 100). */
                ids?: components["parameters"]["ids"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RecycleBinActionResults"];
            202: components["responses"]["RecycleBinActionResults"];
            207: components["responses"]["RecycleBinActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getRecycleBinRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry, as a one-element `recycle_bin` array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecycleBinResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteRecycleBinRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the record (or, with the X-EXTERNAL header, the value of that external id field). */
                record_id: components["parameters"]["record_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RecycleBinActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getRelatedLists: {
        parameters: {
            query: {
                layout_id?: components["parameters"]["layout_id_query"];
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The related lists. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedListsResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getRelatedList: {
        parameters: {
            query: {
                layout_id?: components["parameters"]["layout_id_query"];
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
            };
            header?: never;
            path: {
                related_list_id: components["parameters"]["related_list_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The related list, as a one-element array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelatedListsResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The roles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["RolesWrite"];
        responses: {
            200: components["responses"]["RolesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["RolesWrite"];
        responses: {
            201: components["responses"]["RolesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                role_id: components["parameters"]["role_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role, as a one-element `roles` array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolesResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                role_id: components["parameters"]["role_id"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["RolesWrite"];
        responses: {
            200: components["responses"]["RolesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteRole: {
        parameters: {
            query: {
                /** @description The role that takes over the deleted role's users and sub-roles. */
                transfer_to_id: components["schemas"]["Id"];
            };
            header?: never;
            path: {
                role_id: components["parameters"]["role_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["RolesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getServicePreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        service_preferences?: components["schemas"]["ServicePreference"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateServicePreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        service_preferences?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getTags: {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
                /** @description `true` for the tags the current user created. */
                my_tags?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagsResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateTags: {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["TagsWrite"];
        responses: {
            200: components["responses"]["TagsActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createTags: {
        parameters: {
            query: {
                /** @description Colour of the tags created, as `#RRGGBB`. */
                color_code?: string;
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["TagsWrite"];
        responses: {
            201: components["responses"]["TagsActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateTag: {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
            };
            header?: never;
            path: {
                tag_id: components["parameters"]["tag_id"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["TagsWrite"];
        responses: {
            200: components["responses"]["TagsActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tag_id: components["parameters"]["tag_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TagsActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    mergeTags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tag_id: components["parameters"]["tag_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeTagsRequest"];
            };
        };
        responses: {
            200: components["responses"]["TagsActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getTagRecordCount: {
        parameters: {
            query: {
                /** @description API name of the module. */
                module: components["parameters"]["module_query"];
            };
            header?: never;
            path: {
                tag_id: components["parameters"]["tag_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Count"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getMassDeleteTagsStatus: {
        parameters: {
            query: {
                job_id: components["parameters"]["job_id_query"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts of the job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MassDeleteTagsStatusResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    massDeleteTags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MassDeleteTagsRequest"];
            };
        };
        responses: {
            /** @description Scheduled; poll with `details.job_id`. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MassDeleteTagsScheduled"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getTerritories: {
        parameters: {
            query?: {
                /** @description A criteria JSON (URL-encoded), e.g. on `name` or `manager`. */
                filters?: components["parameters"]["territory_filters"];
                /** @description Comma-separated record ids (at most 100). */
                ids?: components["parameters"]["ids"];
                /** @description Extra details to include, e.g. `child_territories`. */
                include?: string;
                /** @description Page number, from 1. Only the first 2,000 records can be reached by page. */
                page?: components["parameters"]["page"];
                per_page?: components["parameters"]["per_page"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of territories. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerritoriesResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateTerritories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["TerritoriesWrite"];
        responses: {
            200: components["responses"]["TerritoriesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createTerritories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["TerritoriesWrite"];
        responses: {
            201: components["responses"]["TerritoriesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteTerritories: {
        parameters: {
            query: {
                delete_previous_forecasts?: components["parameters"]["delete_previous_forecasts"];
                /** @description Comma-separated ids (at most 100). */
                ids: components["parameters"]["ids_required"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TerritoriesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getTerritory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                territory_id: components["parameters"]["territory_id_path"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The territory, as a one-element array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerritoriesResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateTerritory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                territory_id: components["parameters"]["territory_id_path"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["TerritoriesWrite"];
        responses: {
            200: components["responses"]["TerritoriesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteTerritory: {
        parameters: {
            query?: {
                delete_previous_forecasts?: components["parameters"]["delete_previous_forecasts"];
            };
            header?: never;
            path: {
                territory_id: components["parameters"]["territory_id_path"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TerritoriesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getChildTerritories: {
        parameters: {
            query?: {
                /** @description A criteria JSON (URL-encoded), e.g. on `name` or `manager`. */
                filters?: components["parameters"]["territory_filters"];
                /** @description Page number, from 1. Only the first 2,000 records can be reached by page. */
                page?: components["parameters"]["page"];
                per_page?: components["parameters"]["per_page"];
            };
            header?: never;
            path: {
                territory_id: components["parameters"]["territory_id_path"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of territories. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerritoriesResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    transferAndDeleteTerritory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                territory_id: components["parameters"]["territory_id_path"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["TerritoryTransfer"];
        responses: {
            200: components["responses"]["TerritoriesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getTerritoryUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                territory: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        info?: components["schemas"]["Info"];
                        users?: components["schemas"]["TerritoryUser"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateTerritoryUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                territory: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    users?: components["schemas"]["TerritoryUser"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        users?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    deleteTerritoryUsers: {
        parameters: {
            query?: {
                /** @description Comma-separated values. */
                ids?: string;
            };
            header?: never;
            path: {
                territory: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        users?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getTerritoryUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                territory: components["schemas"]["Id"];
                user: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        info?: components["schemas"]["Info"];
                        users?: components["schemas"]["TerritoryUser"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateTerritoryUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                territory: components["schemas"]["Id"];
                user: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        users?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    deleteTerritoryUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                territory: components["schemas"]["Id"];
                user: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        users?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getTerritoryAssociatedUsersCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssociatedUsersCountResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getDeletedTerritories: {
        parameters: {
            query?: {
                /** @description Comma-separated record ids (at most 100). */
                ids?: components["parameters"]["ids"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted territories. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedTerritoriesResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    transferAndDeleteTerritories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["TerritoryTransfer"];
        responses: {
            200: components["responses"]["TerritoriesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getUnsubscribeLinkAssociations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        associations?: components["schemas"]["UnsubscribeLinkAssociation"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getUnsubscribeLinks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unsubscribe_links?: components["schemas"]["UnsubscribeLink"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateUnsubscribeLinks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        unsubscribe_links?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    createUnsubscribeLinks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        unsubscribe_links?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getUnsubscribeLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unsubscribe_links?: components["schemas"]["UnsubscribeLink"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateUnsubscribeLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        unsubscribe_links?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    deleteUnsubscribeLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        unsubscribe_links?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getUserGroups: {
        parameters: {
            query?: {
                /** @description A criteria JSON, URL-encoded. */
                filters?: string;
                include?: string;
                name?: string;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        info?: components["schemas"]["Info"];
                        user_groups?: components["schemas"]["UserGroup"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateUserGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    user_groups?: components["schemas"]["UserGroup"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        user_groups?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    createUserGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    user_groups?: components["schemas"]["UserGroup"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        user_groups?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getUserGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                group: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user_groups?: components["schemas"]["UserGroup"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateUserGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                group: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    user_groups?: components["schemas"]["UserGroup"][];
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        user_groups?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    deleteUserGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                group: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        user_groups?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getUserGroupAssociations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                group: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        associations?: components["schemas"]["UserGroupAssociation"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getUserGroupSourcesCount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                group: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
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
            default: components["responses"]["ZohoError"];
        };
    };
    getUserGroupAssociatedUsersGroupedCounts: {
        parameters: {
            query?: {
                group_by?: string;
            };
            header?: never;
            path: {
                group: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
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
            default: components["responses"]["ZohoError"];
        };
    };
    getUserGroupSources: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                type?: string;
                user_type?: string;
            };
            header?: never;
            path: {
                group: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        info?: components["schemas"]["Info"];
                        sources?: components["schemas"]["UserGroupSource"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getUserGroupsAssociatedUsersCount: {
        parameters: {
            query?: {
                /** @description A criteria JSON, URL-encoded. */
                filters?: string;
                page?: number;
                per_page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Zoho's files give no type for this key. */
                        associated_users_count?: unknown;
                        info?: components["schemas"]["Info"];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getUserGroupsDeletionJobs: {
        parameters: {
            query?: {
                job_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
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
            default: components["responses"]["ZohoError"];
        };
    };
    getAssignedUserGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Zoho's files give no type for this key. */
                    get_assigned?: unknown;
                };
            };
        };
        responses: {
            /** @description Success. */
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
            default: components["responses"]["ZohoError"];
        };
    };
    getUnassignedUserGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Zoho's files give no type for this key. */
                    get_unassigned?: unknown;
                };
            };
        };
        responses: {
            /** @description Success. */
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
            default: components["responses"]["ZohoError"];
        };
    };
    getUsersUnavailability: {
        parameters: {
            query?: {
                /** @description A criteria JSON, URL-encoded. */
                filters?: string;
                /** @description Comma-separated values. */
                group_ids?: string;
                include_inner_details?: boolean;
                /** @description Comma-separated values. */
                role_ids?: string;
                /** @description Comma-separated values. */
                territory_ids?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        info?: components["schemas"]["Info"];
                        /** @description Zoho's files give no type for this key. */
                        users_unavailability?: unknown;
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateUsersUnavailability: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Zoho's files give no type for this key. */
                    users_unavailability?: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        users_unavailability?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    createUsersUnavailability: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Zoho's files give no type for this key. */
                    users_unavailability?: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        users_unavailability?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getUsersUnavailabilityById: {
        parameters: {
            query?: {
                /** @description A criteria JSON, URL-encoded. */
                filters?: string;
                include_inner_details?: boolean;
            };
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        info?: components["schemas"]["Info"];
                        /** @description Zoho's files give no type for this key. */
                        users_unavailability?: unknown;
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    updateUsersUnavailabilityById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Zoho's files give no type for this key. */
                    users_unavailability?: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        users_unavailability?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    deleteUsersUnavailability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        users_unavailability?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getVariableGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VariableGroupsResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getVariableGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id or API name of the variable group. */
                variable_group_id: components["parameters"]["variable_group_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group, as a one-element array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VariableGroupsResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getVariables: {
        parameters: {
            query?: {
                /** @description Id or API name of a variable group. */
                group?: components["parameters"]["variable_group_query"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The variables. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VariablesResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateVariables: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["VariablesWrite"];
        responses: {
            200: components["responses"]["VariablesActionResults"];
            201: components["responses"]["VariablesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createVariables: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["VariablesWrite"];
        responses: {
            201: components["responses"]["VariablesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteVariables: {
        parameters: {
            query: {
                /** @description Comma-separated ids (at most 100). */
                ids: components["parameters"]["ids_required"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["VariablesActionResults"];
            201: components["responses"]["VariablesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getVariable: {
        parameters: {
            query?: {
                /** @description Id or API name of a variable group. */
                group?: components["parameters"]["variable_group_query"];
            };
            header?: never;
            path: {
                /** @description Id or API name of the variable. */
                variable_id: components["parameters"]["variable_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The variable, as a one-element array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VariablesResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateVariable: {
        parameters: {
            query?: {
                /** @description Id or API name of a variable group. */
                group?: components["parameters"]["variable_group_query"];
            };
            header?: never;
            path: {
                /** @description Id or API name of the variable. */
                variable_id: components["parameters"]["variable_id"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["VariablesWrite"];
        responses: {
            200: components["responses"]["VariablesActionResults"];
            201: components["responses"]["VariablesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteVariable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id or API name of the variable. */
                variable_id: components["parameters"]["variable_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["VariablesActionResults"];
            201: components["responses"]["VariablesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getWizards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        wizards?: components["schemas"]["Wizard"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getWizard: {
        parameters: {
            query?: {
                layout_id?: string;
            };
            header?: never;
            path: {
                wizard_id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        wizards?: components["schemas"]["Wizard"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    uploadBulkWriteFile: {
        parameters: {
            query?: never;
            header: {
                feature: "bulk-write";
                /** @description The org id (`zgid` of `GET /org`). */
                "X-CRM-ORG": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["FileUpload"];
            };
        };
        responses: {
            /** @description The uploaded file's id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkWriteUploadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getUsers: {
        parameters: {
            query?: {
                /** @description Comma-separated record ids (at most 100). */
                ids?: components["parameters"]["ids"];
                /** @description Page number, from 1. Only the first 2,000 records can be reached by page. */
                page?: components["parameters"]["page"];
                per_page?: components["parameters"]["per_page"];
                type?: components["parameters"]["user_type"];
            };
            header?: {
                /** @description Only what was modified after this time; otherwise HTTP 304. */
                "If-Modified-Since"?: components["parameters"]["If-Modified-Since"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsersResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UsersWrite"];
        responses: {
            200: components["responses"]["UsersActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    createUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UsersWrite"];
        responses: {
            201: components["responses"]["UsersActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    runUserTransferAndDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: components["schemas"]["Id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        transfer_and_delete?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Only what was modified after this time; otherwise HTTP 304. */
                "If-Modified-Since"?: components["parameters"]["If-Modified-Since"];
            };
            path: {
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user, as a one-element `users` array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsersResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["UsersWrite"];
        responses: {
            200: components["responses"]["UsersActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["UsersActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getUserAssociatedGroups: {
        parameters: {
            query?: {
                /** @description Comma-separated extra keys to include. */
                include?: string;
                /** @description Page number, from 1. Only the first 2,000 records can be reached by page. */
                page?: components["parameters"]["page"];
                per_page?: components["parameters"]["per_page"];
            };
            header?: never;
            path: {
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's groups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserGroupsResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getUserTerritories: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's territories. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserTerritoriesResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    associateUserTerritories: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserTerritoriesWriteRequest"];
            };
        };
        responses: {
            200: components["responses"]["TerritoriesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    removeUserTerritories: {
        parameters: {
            query: {
                /** @description Comma-separated ids (at most 100). */
                ids: components["parameters"]["ids_required"];
            };
            header?: never;
            path: {
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TerritoriesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getUserTerritory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                territory_id: components["parameters"]["territory_id_path"];
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The territory, as a one-element array. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserTerritoriesResponse"];
                };
            };
            204: components["responses"]["NoContent"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    removeUserTerritory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                territory_id: components["parameters"]["territory_id_path"];
                user_id: components["parameters"]["user_id"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["TerritoriesActionResults"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getUsersCount: {
        parameters: {
            query?: {
                type?: components["parameters"]["user_type"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Count"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getUsersTransferAndDelete: {
        parameters: {
            query?: {
                job_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Zoho's files give no type for this key. */
                        transfer_and_delete?: unknown;
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    runUsersTransferAndDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description One result per input item, in input order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One result per input item, in input order. */
                        transfer_and_delete?: components["schemas"]["ActionResult"][];
                    };
                };
            };
            default: components["responses"]["ZohoError"];
        };
    };
    receiveRecordNotification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationPayload"];
            };
        };
        responses: {
            /** @description Received. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}

/** The operations of this spec as the simulator checks requests: method, path, query parameters, body shape. */
export const specRoutes: readonly {
  method: string;
  path: string;
  operationId: string;
  query: readonly { name: string; required: boolean; type?: string; enum?: readonly (string | number | boolean)[] }[];
  body?: { required: boolean; type: "object" | "array" | "other"; requiredProperties: readonly string[]; properties?: readonly string[]; arrays: readonly string[]; closed?: readonly string[]; itemRequired?: Readonly<Record<string, readonly string[]>> };
  listKeys: readonly string[];
}[] = [
  {"method":"GET","path":"/crm/bulk/v8/backup","operationId":"getBackup","query":[],"listKeys":["backup"]},
  {"method":"POST","path":"/crm/bulk/v8/backup","operationId":"createBackup","query":[],"listKeys":["backup"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["backup"],"arrays":[]}},
  {"method":"GET","path":"/crm/bulk/v8/backup/history","operationId":"getBackupHistory","query":[{"name":"page","required":false,"type":"integer"},{"name":"per_page","required":false,"type":"integer"}],"listKeys":["history"]},
  {"method":"GET","path":"/crm/bulk/v8/backup/urls","operationId":"getBackupUrls","query":[],"listKeys":["urls"]},
  {"method":"PUT","path":"/crm/bulk/v8/backup/{id}/actions/cancel","operationId":"updateBackupCancel","query":[],"listKeys":["backup"]},
  {"method":"POST","path":"/crm/bulk/v8/read","operationId":"createBulkReadJob","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":["query"],"properties":["callback","file_type","query"],"arrays":[]}},
  {"method":"GET","path":"/crm/bulk/v8/read/{job_id}","operationId":"getBulkReadJob","query":[],"listKeys":["data"]},
  {"method":"GET","path":"/crm/bulk/v8/read/{job_id}/result","operationId":"downloadBulkReadResult","query":[],"listKeys":[]},
  {"method":"POST","path":"/crm/bulk/v8/write","operationId":"createBulkWriteJob","query":[],"listKeys":[],"body":{"required":true,"type":"object","requiredProperties":["operation","resource"],"properties":["callback","character_encoding","ignore_empty","operation","resource"],"arrays":["resource"],"itemRequired":{"resource":["file_id","module","type"]}}},
  {"method":"GET","path":"/crm/bulk/v8/write/{job_id}","operationId":"getBulkWriteJob","query":[],"listKeys":["resource"]},
  {"method":"GET","path":"/crm/email/v8/settings/compose","operationId":"getCompose","query":[{"name":"type","required":false,"type":"string"}],"listKeys":["email_compose"]},
  {"method":"PUT","path":"/crm/email/v8/settings/compose","operationId":"updateCompose","query":[],"listKeys":["email_compose"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":[],"arrays":[]}},
  {"method":"GET","path":"/crm/v8/Appointments_Rescheduled_History__s","operationId":"getAppointmentsRescheduledHistory","query":[{"name":"fields","required":false,"type":"string"},{"name":"ids","required":false,"type":"string"},{"name":"page","required":false,"type":"integer"},{"name":"per_page","required":false,"type":"integer"},{"name":"sort_by","required":false,"type":"string"},{"name":"sort_order","required":false,"type":"string"}],"listKeys":["data"]},
  {"method":"POST","path":"/crm/v8/Appointments_Rescheduled_History__s","operationId":"createAppointmentsRescheduledHistory","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["data"],"arrays":["data"]}},
  {"method":"PUT","path":"/crm/v8/Appointments_Rescheduled_History__s","operationId":"updateAppointmentsRescheduledHistory","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["data"],"arrays":["data"]}},
  {"method":"DELETE","path":"/crm/v8/Appointments_Rescheduled_History__s/{id}","operationId":"deleteAppointmentsRescheduledHistory","query":[],"listKeys":["data"]},
  {"method":"GET","path":"/crm/v8/Appointments_Rescheduled_History__s/{id}","operationId":"getAppointmentsRescheduledHistoryById","query":[{"name":"fields","required":false,"type":"string"}],"listKeys":["data"]},
  {"method":"PUT","path":"/crm/v8/Appointments_Rescheduled_History__s/{id}","operationId":"updateAppointmentsRescheduledHistoryById","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["data"],"arrays":["data"]}},
  {"method":"DELETE","path":"/crm/v8/Contacts/roles","operationId":"deleteContactRoles","query":[{"name":"ids","required":true,"type":"string"}],"listKeys":["contact_roles"]},
  {"method":"GET","path":"/crm/v8/Contacts/roles","operationId":"getContactRoles","query":[],"listKeys":["contact_roles"]},
  {"method":"POST","path":"/crm/v8/Contacts/roles","operationId":"createContactRoles","query":[],"listKeys":["contact_roles"],"body":{"required":true,"type":"object","requiredProperties":["contact_roles"],"properties":["contact_roles"],"arrays":["contact_roles"]}},
  {"method":"PUT","path":"/crm/v8/Contacts/roles","operationId":"updateContactRoles","query":[],"listKeys":["contact_roles"],"body":{"required":true,"type":"object","requiredProperties":["contact_roles"],"properties":["contact_roles"],"arrays":["contact_roles"]}},
  {"method":"DELETE","path":"/crm/v8/Contacts/roles/{contact_role_id}","operationId":"deleteContactRole","query":[],"listKeys":["contact_roles"]},
  {"method":"GET","path":"/crm/v8/Contacts/roles/{contact_role_id}","operationId":"getContactRole","query":[],"listKeys":["contact_roles"]},
  {"method":"PUT","path":"/crm/v8/Contacts/roles/{contact_role_id}","operationId":"updateContactRole","query":[],"listKeys":["contact_roles"],"body":{"required":true,"type":"object","requiredProperties":["contact_roles"],"properties":["contact_roles"],"arrays":["contact_roles"]}},
  {"method":"GET","path":"/crm/v8/Entity_Scores__s","operationId":"getEntityScores","query":[{"name":"cvid","required":false,"type":"string"},{"name":"fields","required":false,"type":"string"},{"name":"ids","required":false,"type":"string"},{"name":"page","required":false,"type":"integer"},{"name":"page_token","required":false,"type":"string"},{"name":"per_page","required":false,"type":"integer"},{"name":"sort_by","required":false,"type":"string"},{"name":"sort_order","required":false,"type":"string"}],"listKeys":["data"]},
  {"method":"GET","path":"/crm/v8/Entity_Scores__s/{record_id}","operationId":"getEntityScore","query":[{"name":"cvid","required":false,"type":"string"},{"name":"fields","required":false,"type":"string"}],"listKeys":["data"]},
  {"method":"POST","path":"/crm/v8/Events/{event}/actions/cancel","operationId":"cancelMeeting","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["data"],"arrays":["data"]}},
  {"method":"GET","path":"/crm/v8/Leads/actions/mass_convert","operationId":"getMassConvertStatus","query":[{"name":"job_id","required":true,"type":"string"}],"listKeys":["data"]},
  {"method":"POST","path":"/crm/v8/Leads/actions/mass_convert","operationId":"massConvertLeads","query":[],"listKeys":[],"body":{"required":true,"type":"object","requiredProperties":["ids"],"properties":["Deals","apply_assignment_threshold","assign_to","carry_over_tags","ids","move_attachments_to","portal_user_type","related_modules"],"arrays":["carry_over_tags","ids","related_modules"]}},
  {"method":"GET","path":"/crm/v8/Leads/{lead_id}/__conversion_options","operationId":"getLeadConversionOptions","query":[],"listKeys":["__conversion_options"]},
  {"method":"POST","path":"/crm/v8/Leads/{record_id}/actions/convert","operationId":"convertLead","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":["data"],"properties":["data"],"arrays":["data"]}},
  {"method":"DELETE","path":"/crm/v8/Notes","operationId":"deleteNotes","query":[{"name":"ids","required":true,"type":"string"}],"listKeys":["data"]},
  {"method":"GET","path":"/crm/v8/Notes","operationId":"getNotes","query":[{"name":"fields","required":true,"type":"string"},{"name":"ids","required":false,"type":"string"},{"name":"page","required":false,"type":"integer"},{"name":"per_page","required":false,"type":"integer"},{"name":"sort_by","required":false,"type":"string","enum":["id","Created_Time","Modified_Time"]},{"name":"sort_order","required":false,"type":"string","enum":["asc","desc"]}],"listKeys":["data"]},
  {"method":"POST","path":"/crm/v8/Notes","operationId":"createNotes","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":["data"],"properties":["data"],"arrays":["data"]}},
  {"method":"PUT","path":"/crm/v8/Notes","operationId":"updateNotes","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":["data"],"properties":["data"],"arrays":["data"]}},
  {"method":"DELETE","path":"/crm/v8/Notes/{note_id}","operationId":"deleteNote","query":[],"listKeys":["data"]},
  {"method":"GET","path":"/crm/v8/Notes/{note_id}","operationId":"getNote","query":[{"name":"fields","required":true,"type":"string"}],"listKeys":["data"]},
  {"method":"PUT","path":"/crm/v8/Notes/{note_id}","operationId":"updateNote","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":["data"],"properties":["data"],"arrays":["data"]}},
  {"method":"GET","path":"/crm/v8/Services__s","operationId":"getServices","query":[],"listKeys":[]},
  {"method":"POST","path":"/crm/v8/Services__s","operationId":"createServices","query":[],"listKeys":[],"body":{"required":true,"type":"object","requiredProperties":[],"properties":[],"arrays":[]}},
  {"method":"DELETE","path":"/crm/v8/Services__s/{id}","operationId":"deleteService","query":[],"listKeys":[]},
  {"method":"GET","path":"/crm/v8/Services__s/{id}","operationId":"getService","query":[],"listKeys":[]},
  {"method":"PUT","path":"/crm/v8/Services__s/{id}","operationId":"updateService","query":[],"listKeys":[],"body":{"required":true,"type":"object","requiredProperties":[],"properties":[],"arrays":[]}},
  {"method":"GET","path":"/crm/v8/__apis","operationId":"getSupportedApis","query":[{"name":"filters","required":false,"type":"string"}],"listKeys":["__apis"]},
  {"method":"POST","path":"/crm/v8/__composite_requests","operationId":"executeCompositeRequest","query":[],"listKeys":["__composite_requests"],"body":{"required":true,"type":"object","requiredProperties":["__composite_requests"],"properties":["__composite_requests","concurrent_execution","parallel_execution","rollback_on_fail"],"arrays":["__composite_requests"],"itemRequired":{"__composite_requests":["method","uri"]}}},
  {"method":"GET","path":"/crm/v8/__features","operationId":"getFeatures","query":[{"name":"api_names","required":false,"type":"string"},{"name":"module","required":false,"type":"string"}],"listKeys":["__features"]},
  {"method":"GET","path":"/crm/v8/__features/data_enrichment","operationId":"getFeaturesDataEnrichment","query":[],"listKeys":["__features"]},
  {"method":"GET","path":"/crm/v8/__features/user_licenses","operationId":"getFeaturesUserLicenses","query":[],"listKeys":["__features"]},
  {"method":"GET","path":"/crm/v8/__features/{feature_api_name}","operationId":"getFeature","query":[{"name":"module","required":false,"type":"string"}],"listKeys":["__features"]},
  {"method":"GET","path":"/crm/v8/__zia_org_enrichment","operationId":"getZiaOrgEnrichment","query":[{"name":"page","required":false,"type":"integer"},{"name":"per_page","required":false,"type":"integer"},{"name":"sort_by","required":false,"type":"string"},{"name":"sort_order","required":false,"type":"string"},{"name":"status","required":false,"type":"string"}],"listKeys":["__zia_org_enrichment"]},
  {"method":"POST","path":"/crm/v8/__zia_org_enrichment","operationId":"createZiaOrgEnrichment","query":[{"name":"module","required":false,"type":"string"},{"name":"record_id","required":false,"type":"string"}],"listKeys":["__zia_org_enrichment"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["__zia_org_enrichment"],"arrays":["__zia_org_enrichment"]}},
  {"method":"GET","path":"/crm/v8/__zia_org_enrichment/{zia_org_enrichment_id}","operationId":"getZiaOrgEnrichmentById","query":[],"listKeys":["__zia_org_enrichment"]},
  {"method":"GET","path":"/crm/v8/__zia_people_enrichment","operationId":"getZiaPeopleEnrichment","query":[{"name":"count","required":false,"type":"integer"},{"name":"page","required":false,"type":"integer"},{"name":"per_page","required":false,"type":"integer"},{"name":"sort_by","required":false,"type":"string"},{"name":"sort_order","required":false,"type":"string"},{"name":"status","required":false,"type":"string"}],"listKeys":["__zia_people_enrichment"]},
  {"method":"POST","path":"/crm/v8/__zia_people_enrichment","operationId":"createZiaPeopleEnrichment","query":[{"name":"module","required":false,"type":"string"},{"name":"record_id","required":false,"type":"string"}],"listKeys":["__zia_people_enrichment"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["__zia_people_enrichment"],"arrays":["__zia_people_enrichment"]}},
  {"method":"GET","path":"/crm/v8/__zia_people_enrichment/{zia_people_enrichment_id}","operationId":"getZiaPeopleEnrichmentById","query":[],"listKeys":["__zia_people_enrichment"]},
  {"method":"GET","path":"/crm/v8/actions/email_available","operationId":"getEmailAvailable","query":[{"name":"orginal_message_id","required":false,"type":"string"}],"listKeys":[]},
  {"method":"DELETE","path":"/crm/v8/actions/watch","operationId":"disableNotifications","query":[{"name":"channel_ids","required":true,"type":"string"}],"listKeys":["watch"]},
  {"method":"GET","path":"/crm/v8/actions/watch","operationId":"getNotificationChannels","query":[{"name":"channel_id","required":false,"type":"string"},{"name":"module","required":false,"type":"string"},{"name":"page","required":false,"type":"integer"},{"name":"per_page","required":false,"type":"integer"}],"listKeys":["watch"]},
  {"method":"PATCH","path":"/crm/v8/actions/watch","operationId":"patchNotificationChannels","query":[],"listKeys":["watch"],"body":{"required":true,"type":"object","requiredProperties":["watch"],"properties":["watch"],"arrays":["watch"]}},
  {"method":"POST","path":"/crm/v8/actions/watch","operationId":"enableNotifications","query":[],"listKeys":["watch"],"body":{"required":true,"type":"object","requiredProperties":["watch"],"properties":["watch"],"arrays":["watch"]}},
  {"method":"PUT","path":"/crm/v8/actions/watch","operationId":"updateNotificationChannels","query":[],"listKeys":["watch"],"body":{"required":true,"type":"object","requiredProperties":["watch"],"properties":["watch"],"arrays":["watch"]}},
  {"method":"POST","path":"/crm/v8/coql","operationId":"coqlQuery","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":["select_query"],"properties":["select_query"],"arrays":[]}},
  {"method":"GET","path":"/crm/v8/files","operationId":"downloadFile","query":[{"name":"id","required":true,"type":"string"}],"listKeys":[]},
  {"method":"POST","path":"/crm/v8/files","operationId":"uploadFiles","query":[{"name":"type","required":false,"type":"string","enum":["inline"]}],"listKeys":["data"],"body":{"required":true,"type":"other","requiredProperties":[],"arrays":[]}},
  {"method":"GET","path":"/crm/v8/org","operationId":"getOrganization","query":[],"listKeys":["org"]},
  {"method":"GET","path":"/crm/v8/org/currencies","operationId":"getCurrencies","query":[],"listKeys":["currencies"]},
  {"method":"POST","path":"/crm/v8/org/currencies","operationId":"addCurrencies","query":[],"listKeys":["currencies"],"body":{"required":true,"type":"object","requiredProperties":["currencies"],"properties":["currencies"],"arrays":["currencies"]}},
  {"method":"PUT","path":"/crm/v8/org/currencies","operationId":"updateCurrencies","query":[],"listKeys":["currencies"],"body":{"required":true,"type":"object","requiredProperties":["currencies"],"properties":["currencies"],"arrays":["currencies"]}},
  {"method":"GET","path":"/crm/v8/org/currencies/actions/available_currencies","operationId":"getAvailableCurrencies","query":[],"listKeys":["available_currencies"]},
  {"method":"POST","path":"/crm/v8/org/currencies/actions/enable","operationId":"enableMultiCurrency","query":[],"listKeys":[],"body":{"required":true,"type":"object","requiredProperties":["base_currency"],"properties":["base_currency"],"arrays":[]}},
  {"method":"PUT","path":"/crm/v8/org/currencies/actions/enable","operationId":"updateBaseCurrency","query":[],"listKeys":[],"body":{"required":true,"type":"object","requiredProperties":["base_currency"],"properties":["base_currency"],"arrays":[]}},
  {"method":"GET","path":"/crm/v8/org/currencies/{currency_id}","operationId":"getCurrency","query":[],"listKeys":["currencies"]},
  {"method":"PUT","path":"/crm/v8/org/currencies/{currency_id}","operationId":"updateCurrency","query":[],"listKeys":["currencies"],"body":{"required":true,"type":"object","requiredProperties":["currencies"],"properties":["currencies"],"arrays":["currencies"]}},
  {"method":"DELETE","path":"/crm/v8/org/photo","operationId":"deleteOrgPhoto","query":[],"listKeys":[]},
  {"method":"GET","path":"/crm/v8/org/photo","operationId":"downloadOrgPhoto","query":[],"listKeys":[]},
  {"method":"POST","path":"/crm/v8/org/photo","operationId":"uploadOrgPhoto","query":[],"listKeys":[],"body":{"required":true,"type":"other","requiredProperties":[],"arrays":[]}},
  {"method":"GET","path":"/crm/v8/settings/appointment_preferences","operationId":"getAppointmentPreferences","query":[{"name":"include","required":false,"type":"string"}],"listKeys":["appointment_preferences"]},
  {"method":"PUT","path":"/crm/v8/settings/appointment_preferences","operationId":"updateAppointmentPreferences","query":[],"listKeys":["appointment_preferences"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":[],"arrays":[]}},
  {"method":"GET","path":"/crm/v8/settings/audit_log_export","operationId":"getAuditLogExport","query":[],"listKeys":["audit_log_export"]},
  {"method":"POST","path":"/crm/v8/settings/audit_log_export","operationId":"createAuditLogExport","query":[],"listKeys":["audit_log_export"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["audit_log_export"],"arrays":[]}},
  {"method":"GET","path":"/crm/v8/settings/audit_log_export/{id}","operationId":"getAuditLogExportById","query":[],"listKeys":["audit_log_export"]},
  {"method":"GET","path":"/crm/v8/settings/automation/assignment_rules","operationId":"getAssignmentRules","query":[{"name":"module","required":false,"type":"string"}],"listKeys":["assignment_rules"]},
  {"method":"GET","path":"/crm/v8/settings/automation/assignment_rules/{id}","operationId":"getAssignmentRule","query":[{"name":"module","required":false,"type":"string"}],"listKeys":["assignment_rules"]},
  {"method":"GET","path":"/crm/v8/settings/automation/cadences","operationId":"getCadences","query":[],"listKeys":["cadences"]},
  {"method":"DELETE","path":"/crm/v8/settings/automation/scoring_rules","operationId":"deleteScoringRules","query":[{"name":"ids","required":false,"type":"string"}],"listKeys":["scoring_rules"]},
  {"method":"GET","path":"/crm/v8/settings/automation/scoring_rules","operationId":"getScoringRules","query":[{"name":"active","required":false,"type":"boolean"},{"name":"layout_id","required":false,"type":"string"},{"name":"module","required":false,"type":"string"},{"name":"name","required":false,"type":"string"},{"name":"page","required":false,"type":"integer"},{"name":"per_page","required":false,"type":"integer"}],"listKeys":["scoring_rules"]},
  {"method":"POST","path":"/crm/v8/settings/automation/scoring_rules","operationId":"createScoringRules","query":[],"listKeys":["scoring_rules"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["scoring_rules"],"arrays":["scoring_rules"]}},
  {"method":"PUT","path":"/crm/v8/settings/automation/scoring_rules","operationId":"updateScoringRules","query":[],"listKeys":["scoring_rules"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["scoring_rules"],"arrays":["scoring_rules"]}},
  {"method":"DELETE","path":"/crm/v8/settings/automation/scoring_rules/{id}","operationId":"deleteScoringRule","query":[],"listKeys":["scoring_rules"]},
  {"method":"GET","path":"/crm/v8/settings/automation/scoring_rules/{id}","operationId":"getScoringRule","query":[{"name":"active","required":false,"type":"boolean"},{"name":"layout_id","required":false,"type":"string"},{"name":"name","required":false,"type":"string"}],"listKeys":["scoring_rules"]},
  {"method":"PUT","path":"/crm/v8/settings/automation/scoring_rules/{id}","operationId":"updateScoringRule","query":[],"listKeys":["scoring_rules"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["scoring_rules"],"arrays":["scoring_rules"]}},
  {"method":"DELETE","path":"/crm/v8/settings/automation/scoring_rules/{id}/actions/activate","operationId":"undoScoringRuleActivate","query":[],"listKeys":["scoring_rules"]},
  {"method":"PUT","path":"/crm/v8/settings/automation/scoring_rules/{id}/actions/activate","operationId":"updateScoringRuleActivate","query":[],"listKeys":["scoring_rules"]},
  {"method":"POST","path":"/crm/v8/settings/automation/scoring_rules/{id}/actions/clone","operationId":"runScoringRuleClone","query":[],"listKeys":["scoring_rules"]},
  {"method":"GET","path":"/crm/v8/settings/business_hours","operationId":"getBusinessHours","query":[],"listKeys":["business_hours"]},
  {"method":"POST","path":"/crm/v8/settings/business_hours","operationId":"createBusinessHours","query":[],"listKeys":["business_hours"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":[],"arrays":[]}},
  {"method":"PUT","path":"/crm/v8/settings/business_hours","operationId":"updateBusinessHours","query":[],"listKeys":["business_hours"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":[],"arrays":[]}},
  {"method":"GET","path":"/crm/v8/settings/business_hours/shift_hours","operationId":"getBusinessHoursShiftHours","query":[],"listKeys":["shift_hours"]},
  {"method":"POST","path":"/crm/v8/settings/business_hours/shift_hours","operationId":"createBusinessHoursShiftHours","query":[],"listKeys":["shift_hours"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["shift_hours"],"arrays":["shift_hours"]}},
  {"method":"PUT","path":"/crm/v8/settings/business_hours/shift_hours","operationId":"updateBusinessHoursShiftHours","query":[],"listKeys":["shift_hours"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["shift_hours"],"arrays":["shift_hours"]}},
  {"method":"DELETE","path":"/crm/v8/settings/business_hours/shift_hours/{shift_id}","operationId":"deleteBusinessHoursShiftHour","query":[],"listKeys":["shift_hours"]},
  {"method":"GET","path":"/crm/v8/settings/business_hours/shift_hours/{shift_id}","operationId":"getBusinessHoursShiftHour","query":[],"listKeys":["shift_hours"]},
  {"method":"PUT","path":"/crm/v8/settings/business_hours/shift_hours/{shift_id}","operationId":"updateBusinessHoursShiftHour","query":[],"listKeys":["shift_hours"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["shift_hours"],"arrays":["shift_hours"]}},
  {"method":"GET","path":"/crm/v8/settings/call_preferences","operationId":"getCallPreferences","query":[],"listKeys":["call_preferences"]},
  {"method":"PUT","path":"/crm/v8/settings/call_preferences","operationId":"updateCallPreferences","query":[],"listKeys":["call_preferences"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["call_preferences"],"arrays":["call_preferences"]}},
  {"method":"GET","path":"/crm/v8/settings/custom_views","operationId":"getCustomViews","query":[{"name":"module","required":true,"type":"string"},{"name":"page","required":false,"type":"integer"},{"name":"per_page","required":false,"type":"integer"}],"listKeys":["custom_views"]},
  {"method":"PUT","path":"/crm/v8/settings/custom_views/actions/change_sort","operationId":"changeCustomViewsSortOrder","query":[{"name":"module","required":true,"type":"string"}],"listKeys":["custom_views"],"body":{"required":true,"type":"object","requiredProperties":["custom_views"],"properties":["custom_views"],"arrays":["custom_views"]}},
  {"method":"GET","path":"/crm/v8/settings/custom_views/{custom_view_id}","operationId":"getCustomView","query":[{"name":"module","required":true,"type":"string"}],"listKeys":["custom_views"]},
  {"method":"PUT","path":"/crm/v8/settings/custom_views/{custom_view_id}/actions/change_sort","operationId":"changeCustomViewSortOrder","query":[{"name":"module","required":true,"type":"string"}],"listKeys":["custom_views"],"body":{"required":true,"type":"object","requiredProperties":["custom_views"],"properties":["custom_views"],"arrays":["custom_views"]}},
  {"method":"GET","path":"/crm/v8/settings/data_sharing/rules","operationId":"getRules","query":[{"name":"module","required":false,"type":"string"},{"name":"page","required":false,"type":"integer"},{"name":"per_page","required":false,"type":"integer"}],"listKeys":[]},
  {"method":"POST","path":"/crm/v8/settings/data_sharing/rules","operationId":"createRules","query":[{"name":"module","required":false,"type":"string"}],"listKeys":[],"body":{"required":true,"type":"object","requiredProperties":[],"properties":[],"arrays":[]}},
  {"method":"PUT","path":"/crm/v8/settings/data_sharing/rules","operationId":"updateRules","query":[{"name":"module","required":false,"type":"string"}],"listKeys":[],"body":{"required":true,"type":"object","requiredProperties":[],"properties":[],"arrays":[]}},
  {"method":"POST","path":"/crm/v8/settings/data_sharing/rules/actions/run","operationId":"runRulesRun","query":[{"name":"module","required":false,"type":"string"}],"listKeys":[]},
  {"method":"GET","path":"/crm/v8/settings/data_sharing/rules/actions/summary","operationId":"getRulesSummary","query":[{"name":"module","required":false,"type":"string"}],"listKeys":[]},
  {"method":"POST","path":"/crm/v8/settings/data_sharing/rules/actions/summary","operationId":"runRulesSummary","query":[{"name":"module","required":false,"type":"string"}],"listKeys":[],"body":{"required":true,"type":"object","requiredProperties":[],"properties":[],"arrays":[]}},
  {"method":"POST","path":"/crm/v8/settings/data_sharing/rules/search","operationId":"createRulesSearch","query":[{"name":"module","required":false,"type":"string"},{"name":"page","required":false,"type":"integer"},{"name":"per_page","required":false,"type":"integer"}],"listKeys":[],"body":{"required":true,"type":"object","requiredProperties":[],"properties":[],"arrays":[]}},
  {"method":"DELETE","path":"/crm/v8/settings/data_sharing/rules/{id}","operationId":"deleteRule","query":[{"name":"module","required":false,"type":"string"}],"listKeys":[]},
  {"method":"GET","path":"/crm/v8/settings/data_sharing/rules/{id}","operationId":"getRule","query":[{"name":"module","required":false,"type":"string"}],"listKeys":[]},
  {"method":"PUT","path":"/crm/v8/settings/data_sharing/rules/{id}","operationId":"updateRule","query":[{"name":"module","required":false,"type":"string"}],"listKeys":[],"body":{"required":true,"type":"object","requiredProperties":[],"properties":[],"arrays":[]}},
  {"method":"DELETE","path":"/crm/v8/settings/data_sharing/rules/{id}/actions/activate","operationId":"undoRuleActivate","query":[{"name":"module","required":false,"type":"string"}],"listKeys":[]},
  {"method":"PUT","path":"/crm/v8/settings/data_sharing/rules/{id}/actions/activate","operationId":"updateRuleActivate","query":[{"name":"module","required":false,"type":"string"}],"listKeys":[]},
  {"method":"DELETE","path":"/crm/v8/settings/duplicate_check_preference","operationId":"deleteDuplicateCheckPreference","query":[{"name":"module","required":false,"type":"string"}],"listKeys":["duplicate_check_preference"]},
  {"method":"GET","path":"/crm/v8/settings/duplicate_check_preference","operationId":"getDuplicateCheckPreference","query":[{"name":"module","required":false,"type":"string"}],"listKeys":[]},
  {"method":"POST","path":"/crm/v8/settings/duplicate_check_preference","operationId":"createDuplicateCheckPreference","query":[{"name":"module","required":false,"type":"string"}],"listKeys":["duplicate_check_preference"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["duplicate_check_preference"],"arrays":[]}},
  {"method":"PUT","path":"/crm/v8/settings/duplicate_check_preference","operationId":"updateDuplicateCheckPreference","query":[{"name":"module","required":false,"type":"string"}],"listKeys":["duplicate_check_preference"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["duplicate_check_preference"],"arrays":[]}},
  {"method":"GET","path":"/crm/v8/settings/email_templates","operationId":"getEmailTemplates","query":[{"name":"module","required":false,"type":"string"}],"listKeys":["email_templates"]},
  {"method":"GET","path":"/crm/v8/settings/email_templates/{template_id}","operationId":"getEmailTemplate","query":[],"listKeys":["email_templates"]},
  {"method":"GET","path":"/crm/v8/settings/emails/actions/from_addresses","operationId":"getFromAddresses","query":[{"name":"user_id","required":false,"type":"string"}],"listKeys":["from_addresses"]},
  {"method":"GET","path":"/crm/v8/settings/fields","operationId":"getFields","query":[{"name":"module","required":true,"type":"string"},{"name":"type","required":false,"type":"string","enum":["all","used","unused"]}],"listKeys":["fields"]},
  {"method":"PATCH","path":"/crm/v8/settings/fields","operationId":"updateFields","query":[{"name":"module","required":true,"type":"string"}],"listKeys":["fields"],"body":{"required":true,"type":"object","requiredProperties":["fields"],"properties":["fields"],"arrays":["fields"]}},
  {"method":"POST","path":"/crm/v8/settings/fields","operationId":"createFields","query":[{"name":"module","required":true,"type":"string"}],"listKeys":["fields"],"body":{"required":true,"type":"object","requiredProperties":["fields"],"properties":["fields"],"arrays":["fields"]}},
  {"method":"DELETE","path":"/crm/v8/settings/fields/{field_id}","operationId":"deleteField","query":[{"name":"module","required":true,"type":"string"}],"listKeys":["fields"]},
  {"method":"GET","path":"/crm/v8/settings/fields/{field_id}","operationId":"getField","query":[{"name":"module","required":true,"type":"string"}],"listKeys":["fields"]},
  {"method":"PATCH","path":"/crm/v8/settings/fields/{field_id}","operationId":"updateField","query":[{"name":"module","required":true,"type":"string"}],"listKeys":["fields"],"body":{"required":true,"type":"object","requiredProperties":["fields"],"properties":["fields"],"arrays":["fields"]}},
  {"method":"GET","path":"/crm/v8/settings/fields/{field_id}/pick_list_values","operationId":"getFieldPickListValues","query":[{"name":"module","required":false,"type":"string"}],"listKeys":["pick_list_values"]},
  {"method":"GET","path":"/crm/v8/settings/fiscal_year","operationId":"getFiscalYear","query":[],"listKeys":["fiscal_year"]},
  {"method":"PUT","path":"/crm/v8/settings/fiscal_year","operationId":"updateFiscalYear","query":[],"listKeys":["fiscal_year"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["fiscal_year"],"arrays":[]}},
  {"method":"DELETE","path":"/crm/v8/settings/global_picklists","operationId":"deleteGlobalPicklists","query":[{"name":"ids","required":false,"type":"string"}],"listKeys":["global_picklists"]},
  {"method":"GET","path":"/crm/v8/settings/global_picklists","operationId":"getGlobalPicklists","query":[{"name":"include","required":false,"type":"string"},{"name":"include_inner_details","required":false,"type":"boolean"}],"listKeys":["global_picklists"]},
  {"method":"PATCH","path":"/crm/v8/settings/global_picklists","operationId":"patchGlobalPicklists","query":[],"listKeys":["global_picklists"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["global_picklists"],"arrays":["global_picklists"]}},
  {"method":"POST","path":"/crm/v8/settings/global_picklists","operationId":"createGlobalPicklists","query":[],"listKeys":["global_picklists"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["global_picklists"],"arrays":["global_picklists"]}},
  {"method":"DELETE","path":"/crm/v8/settings/global_picklists/{id}","operationId":"deleteGlobalPicklist","query":[],"listKeys":["global_picklists"]},
  {"method":"GET","path":"/crm/v8/settings/global_picklists/{id}","operationId":"getGlobalPicklist","query":[{"name":"include","required":false,"type":"string"},{"name":"include_inner_details","required":false,"type":"boolean"}],"listKeys":["global_picklists"]},
  {"method":"PATCH","path":"/crm/v8/settings/global_picklists/{id}","operationId":"patchGlobalPicklist","query":[],"listKeys":["global_picklists"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["global_picklists"],"arrays":["global_picklists"]}},
  {"method":"GET","path":"/crm/v8/settings/global_picklists/{id}/actions/associations","operationId":"getGlobalPicklistAssociations","query":[{"name":"include_inner_details","required":false,"type":"boolean"},{"name":"page","required":false,"type":"integer"},{"name":"per_page","required":false,"type":"integer"}],"listKeys":["associations"]},
  {"method":"GET","path":"/crm/v8/settings/global_picklists/{id}/actions/pick_list_values_associations","operationId":"getGlobalPicklistPickListValuesAssociations","query":[{"name":"picklist_value_id","required":false,"type":"string"}],"listKeys":["pick_list_values_associations"]},
  {"method":"POST","path":"/crm/v8/settings/global_picklists/{id}/actions/replace_picklist_values","operationId":"runGlobalPicklistReplacePicklistValues","query":[],"listKeys":["replace_picklist_values"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":[],"arrays":[]}},
  {"method":"GET","path":"/crm/v8/settings/global_picklists/{id}/actions/replaced_values","operationId":"getGlobalPicklistReplacedValues","query":[],"listKeys":["replaced_values"]},
  {"method":"GET","path":"/crm/v8/settings/holidays","operationId":"getHolidays","query":[{"name":"shift_id","required":false,"type":"string"},{"name":"type","required":false,"type":"string"},{"name":"year","required":false,"type":"integer"}],"listKeys":["holidays"]},
  {"method":"POST","path":"/crm/v8/settings/holidays","operationId":"createHolidays","query":[],"listKeys":["holidays"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["holidays"],"arrays":["holidays"]}},
  {"method":"PUT","path":"/crm/v8/settings/holidays","operationId":"updateHolidays","query":[],"listKeys":["holidays"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["holidays"],"arrays":["holidays"]}},
  {"method":"DELETE","path":"/crm/v8/settings/holidays/{holiday_id}","operationId":"deleteHoliday","query":[],"listKeys":["holidays"]},
  {"method":"GET","path":"/crm/v8/settings/holidays/{holiday_id}","operationId":"getHoliday","query":[],"listKeys":["holidays"]},
  {"method":"PUT","path":"/crm/v8/settings/holidays/{holiday_id}","operationId":"updateHoliday","query":[],"listKeys":["holidays"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["holidays"],"arrays":["holidays"]}},
  {"method":"GET","path":"/crm/v8/settings/inventory_templates","operationId":"getInventoryTemplates","query":[{"name":"category","required":false,"type":"string","enum":["favorite","created_by_me","shared_with_me","draft"]},{"name":"filters","required":false,"type":"string"},{"name":"module","required":false,"type":"string"},{"name":"sort_by","required":false,"type":"string","enum":["modified_time","name","last_usage_time"]},{"name":"sort_order","required":false,"type":"string","enum":["asc","desc"]}],"listKeys":["inventory_templates"]},
  {"method":"GET","path":"/crm/v8/settings/inventory_templates/{template_id}","operationId":"getInventoryTemplate","query":[],"listKeys":["inventory_templates"]},
  {"method":"GET","path":"/crm/v8/settings/layouts","operationId":"getLayouts","query":[{"name":"module","required":true,"type":"string"}],"listKeys":["layouts"]},
  {"method":"PATCH","path":"/crm/v8/settings/layouts","operationId":"updateLayouts","query":[{"name":"module","required":true,"type":"string"}],"listKeys":["layouts"],"body":{"required":true,"type":"object","requiredProperties":["layouts"],"properties":["layouts"],"arrays":["layouts"]}},
  {"method":"DELETE","path":"/crm/v8/settings/layouts/{layout_id}","operationId":"deleteLayout","query":[{"name":"module","required":true,"type":"string"},{"name":"transfer_to","required":true,"type":"string"}],"listKeys":["layouts"]},
  {"method":"GET","path":"/crm/v8/settings/layouts/{layout_id}","operationId":"getLayout","query":[{"name":"module","required":true,"type":"string"}],"listKeys":["layouts"]},
  {"method":"PATCH","path":"/crm/v8/settings/layouts/{layout_id}","operationId":"updateLayout","query":[{"name":"module","required":true,"type":"string"}],"listKeys":["layouts"],"body":{"required":true,"type":"object","requiredProperties":["layouts"],"properties":["layouts"],"arrays":["layouts"]}},
  {"method":"DELETE","path":"/crm/v8/settings/layouts/{layout_id}/actions/activate","operationId":"deactivateLayout","query":[{"name":"module","required":true,"type":"string"},{"name":"transfer_to","required":true,"type":"string"}],"listKeys":["layouts"]},
  {"method":"POST","path":"/crm/v8/settings/layouts/{layout_id}/actions/activate","operationId":"activateLayout","query":[{"name":"module","required":true,"type":"string"}],"listKeys":["layouts"]},
  {"method":"GET","path":"/crm/v8/settings/layouts/{layout_id}/map_dependency","operationId":"getLayoutMapDependency","query":[{"name":"filters","required":false,"type":"string"},{"name":"module","required":false,"type":"string"},{"name":"page","required":false,"type":"integer"},{"name":"per_page","required":false,"type":"integer"}],"listKeys":["map_dependency"]},
  {"method":"POST","path":"/crm/v8/settings/layouts/{layout_id}/map_dependency","operationId":"createLayoutMapDependency","query":[{"name":"module","required":false,"type":"string"}],"listKeys":["map_dependency"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["map_dependency"],"arrays":[]}},
  {"method":"DELETE","path":"/crm/v8/settings/layouts/{layout_id}/map_dependency/{dependency_id}","operationId":"deleteLayoutMapDependency","query":[{"name":"module","required":false,"type":"string"}],"listKeys":["map_dependency"]},
  {"method":"GET","path":"/crm/v8/settings/layouts/{layout_id}/map_dependency/{dependency_id}","operationId":"getLayoutMapDependencyById","query":[{"name":"module","required":false,"type":"string"}],"listKeys":["map_dependency"]},
  {"method":"PUT","path":"/crm/v8/settings/layouts/{layout_id}/map_dependency/{dependency_id}","operationId":"updateLayoutMapDependency","query":[{"name":"module","required":false,"type":"string"}],"listKeys":["map_dependency"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["map_dependency"],"arrays":[]}},
  {"method":"GET","path":"/crm/v8/settings/modules","operationId":"getModules","query":[{"name":"status","required":false,"type":"string"}],"listKeys":["modules"]},
  {"method":"POST","path":"/crm/v8/settings/modules","operationId":"createModules","query":[],"listKeys":["modules"],"body":{"required":true,"type":"object","requiredProperties":["modules"],"properties":["modules"],"arrays":["modules"]}},
  {"method":"PUT","path":"/crm/v8/settings/modules","operationId":"updateModules","query":[],"listKeys":["modules"],"body":{"required":true,"type":"object","requiredProperties":["modules"],"properties":["modules"],"arrays":["modules"]}},
  {"method":"GET","path":"/crm/v8/settings/modules/{module_api_name}","operationId":"getModule","query":[],"listKeys":["modules"]},
  {"method":"PUT","path":"/crm/v8/settings/modules/{module_api_name}","operationId":"updateModule","query":[],"listKeys":["modules"],"body":{"required":true,"type":"object","requiredProperties":["modules"],"properties":["modules"],"arrays":["modules"]}},
  {"method":"GET","path":"/crm/v8/settings/pipeline","operationId":"getPipeline","query":[{"name":"layout_id","required":false,"type":"string"}],"listKeys":["pipeline"]},
  {"method":"POST","path":"/crm/v8/settings/pipeline","operationId":"createPipeline","query":[{"name":"layout_id","required":false,"type":"string"}],"listKeys":["pipeline"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["pipeline"],"arrays":[]}},
  {"method":"PUT","path":"/crm/v8/settings/pipeline","operationId":"updatePipeline","query":[{"name":"layout_id","required":false,"type":"string"}],"listKeys":["pipeline"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["pipeline"],"arrays":[]}},
  {"method":"POST","path":"/crm/v8/settings/pipeline/actions/transfer","operationId":"runPipelineTransfer","query":[{"name":"layout_id","required":false,"type":"string"}],"listKeys":["transfer_pipeline"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["transfer_pipeline"],"arrays":[]}},
  {"method":"GET","path":"/crm/v8/settings/pipeline/{id}","operationId":"getPipelineById","query":[{"name":"layout_id","required":false,"type":"string"}],"listKeys":["pipeline"]},
  {"method":"PATCH","path":"/crm/v8/settings/pipeline/{id}","operationId":"patchPipeline","query":[{"name":"layout_id","required":false,"type":"string"}],"listKeys":["pipeline"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["pipeline"],"arrays":[]}},
  {"method":"PUT","path":"/crm/v8/settings/pipeline/{id}","operationId":"updatePipelineById","query":[{"name":"layout_id","required":false,"type":"string"}],"listKeys":["pipeline"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["pipeline"],"arrays":[]}},
  {"method":"GET","path":"/crm/v8/settings/portals","operationId":"getPortals","query":[],"listKeys":["portals"]},
  {"method":"POST","path":"/crm/v8/settings/portals","operationId":"createPortals","query":[],"listKeys":["portals"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["portals"],"arrays":["portals"]}},
  {"method":"GET","path":"/crm/v8/settings/portals/meta","operationId":"getPortalsMeta","query":[{"name":"module","required":false,"type":"string"}],"listKeys":["related_lists"]},
  {"method":"GET","path":"/crm/v8/settings/portals/{portal_name}","operationId":"getPortal","query":[],"listKeys":["portals"]},
  {"method":"PUT","path":"/crm/v8/settings/portals/{portal_name}","operationId":"updatePortal","query":[],"listKeys":["portals"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["portals"],"arrays":["portals"]}},
  {"method":"DELETE","path":"/crm/v8/settings/portals/{portal_name}/user_type/{user_type_id}/users","operationId":"deletePortalUserTypeUsers","query":[{"name":"personality_ids","required":false,"type":"string"}],"listKeys":["users"]},
  {"method":"GET","path":"/crm/v8/settings/portals/{portal_name}/user_type/{user_type_id}/users","operationId":"getPortalUserTypeUsers","query":[{"name":"filters","required":false,"type":"string"},{"name":"type","required":false,"type":"string"}],"listKeys":["users"]},
  {"method":"POST","path":"/crm/v8/settings/portals/{portal_name}/user_type/{user_type_id}/users/action/transfer","operationId":"runPortalUserTypeUsersTransfer","query":[{"name":"personality_ids","required":false,"type":"string"},{"name":"transfer_To","required":false,"type":"string"}],"listKeys":["users"]},
  {"method":"PUT","path":"/crm/v8/settings/portals/{portal_name}/user_type/{user_type_id}/users/{user_id}/actions/change_status","operationId":"updatePortalUserTypeUserChangeStatus","query":[{"name":"active","required":false,"type":"boolean"}],"listKeys":["change_status"]},
  {"method":"GET","path":"/crm/v8/settings/portals/{portal}/user_type","operationId":"getPortalUserType","query":[{"name":"include","required":false,"type":"string"}],"listKeys":["user_type"]},
  {"method":"POST","path":"/crm/v8/settings/portals/{portal}/user_type","operationId":"createPortalUserType","query":[],"listKeys":["user_type"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["user_type"],"arrays":[]}},
  {"method":"DELETE","path":"/crm/v8/settings/portals/{portal}/user_type/{user_type_id}","operationId":"deletePortalUserType","query":[],"listKeys":["user_type"]},
  {"method":"GET","path":"/crm/v8/settings/portals/{portal}/user_type/{user_type_id}","operationId":"getPortalUserTypeById","query":[],"listKeys":["user_type"]},
  {"method":"PUT","path":"/crm/v8/settings/portals/{portal}/user_type/{user_type_id}","operationId":"updatePortalUserType","query":[],"listKeys":["user_type"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["user_type"],"arrays":[]}},
  {"method":"GET","path":"/crm/v8/settings/profiles","operationId":"getProfiles","query":[],"listKeys":["profiles"]},
  {"method":"DELETE","path":"/crm/v8/settings/profiles/{profile_id}","operationId":"deleteProfile","query":[{"name":"transfer_to","required":true,"type":"string"}],"listKeys":[]},
  {"method":"GET","path":"/crm/v8/settings/profiles/{profile_id}","operationId":"getProfile","query":[],"listKeys":["profiles"]},
  {"method":"PUT","path":"/crm/v8/settings/profiles/{profile_id}","operationId":"updateProfile","query":[],"listKeys":["profiles"],"body":{"required":true,"type":"object","requiredProperties":["profiles"],"properties":["profiles"],"arrays":["profiles"]}},
  {"method":"POST","path":"/crm/v8/settings/profiles/{profile_id}/actions/clone","operationId":"cloneProfile","query":[],"listKeys":["profiles"],"body":{"required":true,"type":"object","requiredProperties":["profiles"],"properties":["profiles"],"arrays":["profiles"]}},
  {"method":"DELETE","path":"/crm/v8/settings/record_locking_configurations","operationId":"deleteRecordLockingConfigurations","query":[{"name":"ids","required":false,"type":"string"},{"name":"module","required":false,"type":"string"}],"listKeys":["record_locking_configurations"]},
  {"method":"GET","path":"/crm/v8/settings/record_locking_configurations","operationId":"getRecordLockingConfigurations","query":[{"name":"feature_type","required":false,"type":"string"},{"name":"module","required":false,"type":"string"}],"listKeys":["record_locking_configurations"]},
  {"method":"POST","path":"/crm/v8/settings/record_locking_configurations","operationId":"createRecordLockingConfigurations","query":[{"name":"module","required":false,"type":"string"}],"listKeys":["record_locking_configurations"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["record_locking_configurations"],"arrays":["record_locking_configurations"]}},
  {"method":"PUT","path":"/crm/v8/settings/record_locking_configurations","operationId":"updateRecordLockingConfigurations","query":[{"name":"module","required":false,"type":"string"}],"listKeys":["record_locking_configurations"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["record_locking_configurations"],"arrays":["record_locking_configurations"]}},
  {"method":"DELETE","path":"/crm/v8/settings/record_locking_configurations/{record_locking_config_id}","operationId":"deleteRecordLockingConfiguration","query":[{"name":"module","required":false,"type":"string"}],"listKeys":["record_locking_configurations"]},
  {"method":"GET","path":"/crm/v8/settings/record_locking_configurations/{record_locking_config_id}","operationId":"getRecordLockingConfiguration","query":[{"name":"module","required":false,"type":"string"}],"listKeys":["record_locking_configurations"]},
  {"method":"PUT","path":"/crm/v8/settings/record_locking_configurations/{record_locking_config_id}","operationId":"updateRecordLockingConfiguration","query":[{"name":"module","required":false,"type":"string"}],"listKeys":["record_locking_configurations"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["record_locking_configurations"],"arrays":["record_locking_configurations"]}},
  {"method":"DELETE","path":"/crm/v8/settings/recycle_bin","operationId":"deleteRecycleBinRecords","query":[{"name":"filters","required":false,"type":"string"},{"name":"ids","required":false,"type":"string"}],"listKeys":["recycle_bin"]},
  {"method":"GET","path":"/crm/v8/settings/recycle_bin","operationId":"getRecycleBinRecords","query":[{"name":"filters","required":false,"type":"string"},{"name":"ids","required":false,"type":"string"},{"name":"page","required":false,"type":"integer"},{"name":"per_page","required":false,"type":"integer"},{"name":"sort_by","required":false,"type":"string","enum":["display_name","deleted_time","deleted_by"]},{"name":"sort_order","required":false,"type":"string","enum":["asc","desc"]}],"listKeys":["recycle_bin"]},
  {"method":"DELETE","path":"/crm/v8/settings/recycle_bin/{record_id}","operationId":"deleteRecycleBinRecord","query":[],"listKeys":["recycle_bin"]},
  {"method":"GET","path":"/crm/v8/settings/recycle_bin/{record_id}","operationId":"getRecycleBinRecord","query":[],"listKeys":["recycle_bin"]},
  {"method":"GET","path":"/crm/v8/settings/related_lists","operationId":"getRelatedLists","query":[{"name":"layout_id","required":false,"type":"string"},{"name":"module","required":true,"type":"string"}],"listKeys":["related_lists"]},
  {"method":"GET","path":"/crm/v8/settings/related_lists/{related_list_id}","operationId":"getRelatedList","query":[{"name":"layout_id","required":false,"type":"string"},{"name":"module","required":true,"type":"string"}],"listKeys":["related_lists"]},
  {"method":"GET","path":"/crm/v8/settings/roles","operationId":"getRoles","query":[],"listKeys":["roles"]},
  {"method":"POST","path":"/crm/v8/settings/roles","operationId":"createRoles","query":[],"listKeys":["roles"],"body":{"required":true,"type":"object","requiredProperties":["roles"],"properties":["roles"],"arrays":["roles"]}},
  {"method":"PUT","path":"/crm/v8/settings/roles","operationId":"updateRoles","query":[],"listKeys":["roles"],"body":{"required":true,"type":"object","requiredProperties":["roles"],"properties":["roles"],"arrays":["roles"]}},
  {"method":"DELETE","path":"/crm/v8/settings/roles/{role_id}","operationId":"deleteRole","query":[{"name":"transfer_to_id","required":true,"type":"string"}],"listKeys":["roles"]},
  {"method":"GET","path":"/crm/v8/settings/roles/{role_id}","operationId":"getRole","query":[],"listKeys":["roles"]},
  {"method":"PUT","path":"/crm/v8/settings/roles/{role_id}","operationId":"updateRole","query":[],"listKeys":["roles"],"body":{"required":true,"type":"object","requiredProperties":["roles"],"properties":["roles"],"arrays":["roles"]}},
  {"method":"GET","path":"/crm/v8/settings/service_preferences","operationId":"getServicePreferences","query":[],"listKeys":["service_preferences"]},
  {"method":"PUT","path":"/crm/v8/settings/service_preferences","operationId":"updateServicePreferences","query":[],"listKeys":["service_preferences"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":[],"arrays":[]}},
  {"method":"GET","path":"/crm/v8/settings/tags","operationId":"getTags","query":[{"name":"module","required":true,"type":"string"},{"name":"my_tags","required":false,"type":"boolean"}],"listKeys":["tags"]},
  {"method":"POST","path":"/crm/v8/settings/tags","operationId":"createTags","query":[{"name":"color_code","required":false,"type":"string"},{"name":"module","required":true,"type":"string"}],"listKeys":["tags"],"body":{"required":true,"type":"object","requiredProperties":["tags"],"properties":["tags"],"arrays":["tags"]}},
  {"method":"PUT","path":"/crm/v8/settings/tags","operationId":"updateTags","query":[{"name":"module","required":true,"type":"string"}],"listKeys":["tags"],"body":{"required":true,"type":"object","requiredProperties":["tags"],"properties":["tags"],"arrays":["tags"]}},
  {"method":"GET","path":"/crm/v8/settings/tags/actions/mass_delete","operationId":"getMassDeleteTagsStatus","query":[{"name":"job_id","required":true,"type":"string"}],"listKeys":["mass_delete"]},
  {"method":"POST","path":"/crm/v8/settings/tags/actions/mass_delete","operationId":"massDeleteTags","query":[],"listKeys":[],"body":{"required":true,"type":"object","requiredProperties":["mass_delete"],"properties":["mass_delete"],"arrays":["mass_delete"],"itemRequired":{"mass_delete":["module","tags"]}}},
  {"method":"DELETE","path":"/crm/v8/settings/tags/{tag_id}","operationId":"deleteTag","query":[],"listKeys":["tags"]},
  {"method":"PUT","path":"/crm/v8/settings/tags/{tag_id}","operationId":"updateTag","query":[{"name":"module","required":true,"type":"string"}],"listKeys":["tags"],"body":{"required":true,"type":"object","requiredProperties":["tags"],"properties":["tags"],"arrays":["tags"]}},
  {"method":"POST","path":"/crm/v8/settings/tags/{tag_id}/actions/merge","operationId":"mergeTags","query":[],"listKeys":["tags"],"body":{"required":true,"type":"object","requiredProperties":["tags"],"properties":["tags"],"arrays":["tags"],"itemRequired":{"tags":["conflict_id"]}}},
  {"method":"GET","path":"/crm/v8/settings/tags/{tag_id}/actions/records_count","operationId":"getTagRecordCount","query":[{"name":"module","required":true,"type":"string"}],"listKeys":[]},
  {"method":"DELETE","path":"/crm/v8/settings/territories","operationId":"deleteTerritories","query":[{"name":"delete_previous_forecasts","required":false,"type":"boolean"},{"name":"ids","required":true,"type":"string"}],"listKeys":["territories"]},
  {"method":"GET","path":"/crm/v8/settings/territories","operationId":"getTerritories","query":[{"name":"filters","required":false,"type":"string"},{"name":"ids","required":false,"type":"string"},{"name":"include","required":false,"type":"string"},{"name":"page","required":false,"type":"integer"},{"name":"per_page","required":false,"type":"integer"}],"listKeys":["territories"]},
  {"method":"POST","path":"/crm/v8/settings/territories","operationId":"createTerritories","query":[],"listKeys":["territories"],"body":{"required":true,"type":"object","requiredProperties":["territories"],"properties":["territories"],"arrays":["territories"]}},
  {"method":"PUT","path":"/crm/v8/settings/territories","operationId":"updateTerritories","query":[],"listKeys":["territories"],"body":{"required":true,"type":"object","requiredProperties":["territories"],"properties":["territories"],"arrays":["territories"]}},
  {"method":"GET","path":"/crm/v8/settings/territories/actions/associated_users_count","operationId":"getTerritoryAssociatedUsersCount","query":[],"listKeys":["associated_users_count"]},
  {"method":"GET","path":"/crm/v8/settings/territories/actions/deleted_associated_territories","operationId":"getDeletedTerritories","query":[{"name":"ids","required":false,"type":"string"}],"listKeys":["territories"]},
  {"method":"POST","path":"/crm/v8/settings/territories/actions/transfer_and_delete","operationId":"transferAndDeleteTerritories","query":[],"listKeys":["territories"],"body":{"required":true,"type":"object","requiredProperties":["territories"],"properties":["territories"],"arrays":["territories"]}},
  {"method":"DELETE","path":"/crm/v8/settings/territories/{territory_id}","operationId":"deleteTerritory","query":[{"name":"delete_previous_forecasts","required":false,"type":"boolean"}],"listKeys":["territories"]},
  {"method":"GET","path":"/crm/v8/settings/territories/{territory_id}","operationId":"getTerritory","query":[],"listKeys":["territories"]},
  {"method":"PUT","path":"/crm/v8/settings/territories/{territory_id}","operationId":"updateTerritory","query":[],"listKeys":["territories"],"body":{"required":true,"type":"object","requiredProperties":["territories"],"properties":["territories"],"arrays":["territories"]}},
  {"method":"GET","path":"/crm/v8/settings/territories/{territory_id}/__child_territories","operationId":"getChildTerritories","query":[{"name":"filters","required":false,"type":"string"},{"name":"page","required":false,"type":"integer"},{"name":"per_page","required":false,"type":"integer"}],"listKeys":["territories"]},
  {"method":"POST","path":"/crm/v8/settings/territories/{territory_id}/actions/transfer_and_delete","operationId":"transferAndDeleteTerritory","query":[],"listKeys":["territories"],"body":{"required":true,"type":"object","requiredProperties":["territories"],"properties":["territories"],"arrays":["territories"]}},
  {"method":"DELETE","path":"/crm/v8/settings/territories/{territory}/users","operationId":"deleteTerritoryUsers","query":[{"name":"ids","required":false,"type":"string"}],"listKeys":["users"]},
  {"method":"GET","path":"/crm/v8/settings/territories/{territory}/users","operationId":"getTerritoryUsers","query":[],"listKeys":["users"]},
  {"method":"PUT","path":"/crm/v8/settings/territories/{territory}/users","operationId":"updateTerritoryUsers","query":[],"listKeys":["users"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["users"],"arrays":["users"]}},
  {"method":"DELETE","path":"/crm/v8/settings/territories/{territory}/users/{user}","operationId":"deleteTerritoryUser","query":[],"listKeys":["users"]},
  {"method":"GET","path":"/crm/v8/settings/territories/{territory}/users/{user}","operationId":"getTerritoryUser","query":[],"listKeys":["users"]},
  {"method":"PUT","path":"/crm/v8/settings/territories/{territory}/users/{user}","operationId":"updateTerritoryUser","query":[],"listKeys":["users"]},
  {"method":"GET","path":"/crm/v8/settings/unsubscribe_link/actions/associations","operationId":"getUnsubscribeLinkAssociations","query":[],"listKeys":["associations"]},
  {"method":"GET","path":"/crm/v8/settings/unsubscribe_links","operationId":"getUnsubscribeLinks","query":[],"listKeys":["unsubscribe_links"]},
  {"method":"POST","path":"/crm/v8/settings/unsubscribe_links","operationId":"createUnsubscribeLinks","query":[],"listKeys":["unsubscribe_links"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":[],"arrays":[]}},
  {"method":"PUT","path":"/crm/v8/settings/unsubscribe_links","operationId":"updateUnsubscribeLinks","query":[],"listKeys":["unsubscribe_links"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":[],"arrays":[]}},
  {"method":"DELETE","path":"/crm/v8/settings/unsubscribe_links/{id}","operationId":"deleteUnsubscribeLink","query":[],"listKeys":["unsubscribe_links"]},
  {"method":"GET","path":"/crm/v8/settings/unsubscribe_links/{id}","operationId":"getUnsubscribeLink","query":[],"listKeys":["unsubscribe_links"]},
  {"method":"PUT","path":"/crm/v8/settings/unsubscribe_links/{id}","operationId":"updateUnsubscribeLink","query":[],"listKeys":["unsubscribe_links"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":[],"arrays":[]}},
  {"method":"GET","path":"/crm/v8/settings/user_groups","operationId":"getUserGroups","query":[{"name":"filters","required":false,"type":"string"},{"name":"include","required":false,"type":"string"},{"name":"name","required":false,"type":"string"},{"name":"page","required":false,"type":"integer"},{"name":"per_page","required":false,"type":"integer"}],"listKeys":["user_groups"]},
  {"method":"POST","path":"/crm/v8/settings/user_groups","operationId":"createUserGroups","query":[],"listKeys":["user_groups"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["user_groups"],"arrays":["user_groups"]}},
  {"method":"PUT","path":"/crm/v8/settings/user_groups","operationId":"updateUserGroups","query":[],"listKeys":["user_groups"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["user_groups"],"arrays":["user_groups"]}},
  {"method":"GET","path":"/crm/v8/settings/user_groups/actions/associated_users_count","operationId":"getUserGroupsAssociatedUsersCount","query":[{"name":"filters","required":false,"type":"string"},{"name":"page","required":false,"type":"integer"},{"name":"per_page","required":false,"type":"integer"}],"listKeys":[]},
  {"method":"GET","path":"/crm/v8/settings/user_groups/actions/deletion_jobs","operationId":"getUserGroupsDeletionJobs","query":[{"name":"job_id","required":false,"type":"string"}],"listKeys":[]},
  {"method":"POST","path":"/crm/v8/settings/user_groups/actions/get_assigned","operationId":"getAssignedUserGroups","query":[],"listKeys":[],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["get_assigned"],"arrays":[]}},
  {"method":"POST","path":"/crm/v8/settings/user_groups/actions/get_unassigned","operationId":"getUnassignedUserGroups","query":[],"listKeys":[],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["get_unassigned"],"arrays":[]}},
  {"method":"DELETE","path":"/crm/v8/settings/user_groups/{group}","operationId":"deleteUserGroup","query":[],"listKeys":["user_groups"]},
  {"method":"GET","path":"/crm/v8/settings/user_groups/{group}","operationId":"getUserGroup","query":[],"listKeys":["user_groups"]},
  {"method":"PUT","path":"/crm/v8/settings/user_groups/{group}","operationId":"updateUserGroup","query":[],"listKeys":["user_groups"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["user_groups"],"arrays":["user_groups"]}},
  {"method":"GET","path":"/crm/v8/settings/user_groups/{group}/actions/associations","operationId":"getUserGroupAssociations","query":[],"listKeys":["associations"]},
  {"method":"GET","path":"/crm/v8/settings/user_groups/{group}/actions/sources_count","operationId":"getUserGroupSourcesCount","query":[],"listKeys":[]},
  {"method":"GET","path":"/crm/v8/settings/user_groups/{group}/associated_users/actions/grouped_counts","operationId":"getUserGroupAssociatedUsersGroupedCounts","query":[{"name":"group_by","required":false,"type":"string"}],"listKeys":[]},
  {"method":"GET","path":"/crm/v8/settings/user_groups/{group}/sources","operationId":"getUserGroupSources","query":[{"name":"page","required":false,"type":"integer"},{"name":"per_page","required":false,"type":"integer"},{"name":"type","required":false,"type":"string"},{"name":"user_type","required":false,"type":"string"}],"listKeys":["sources"]},
  {"method":"GET","path":"/crm/v8/settings/users_unavailability","operationId":"getUsersUnavailability","query":[{"name":"filters","required":false,"type":"string"},{"name":"group_ids","required":false,"type":"string"},{"name":"include_inner_details","required":false,"type":"boolean"},{"name":"role_ids","required":false,"type":"string"},{"name":"territory_ids","required":false,"type":"string"}],"listKeys":[]},
  {"method":"POST","path":"/crm/v8/settings/users_unavailability","operationId":"createUsersUnavailability","query":[],"listKeys":["users_unavailability"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["users_unavailability"],"arrays":[]}},
  {"method":"PUT","path":"/crm/v8/settings/users_unavailability","operationId":"updateUsersUnavailability","query":[],"listKeys":["users_unavailability"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["users_unavailability"],"arrays":[]}},
  {"method":"DELETE","path":"/crm/v8/settings/users_unavailability/{id}","operationId":"deleteUsersUnavailability","query":[],"listKeys":["users_unavailability"]},
  {"method":"GET","path":"/crm/v8/settings/users_unavailability/{id}","operationId":"getUsersUnavailabilityById","query":[{"name":"filters","required":false,"type":"string"},{"name":"include_inner_details","required":false,"type":"boolean"}],"listKeys":[]},
  {"method":"PUT","path":"/crm/v8/settings/users_unavailability/{id}","operationId":"updateUsersUnavailabilityById","query":[],"listKeys":["users_unavailability"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["users_unavailability"],"arrays":[]}},
  {"method":"GET","path":"/crm/v8/settings/variable_groups","operationId":"getVariableGroups","query":[],"listKeys":["variable_groups"]},
  {"method":"GET","path":"/crm/v8/settings/variable_groups/{variable_group_id}","operationId":"getVariableGroup","query":[],"listKeys":["variable_groups"]},
  {"method":"DELETE","path":"/crm/v8/settings/variables","operationId":"deleteVariables","query":[{"name":"ids","required":true,"type":"string"}],"listKeys":["variables"]},
  {"method":"GET","path":"/crm/v8/settings/variables","operationId":"getVariables","query":[{"name":"group","required":false,"type":"string"}],"listKeys":["variables"]},
  {"method":"POST","path":"/crm/v8/settings/variables","operationId":"createVariables","query":[],"listKeys":["variables"],"body":{"required":true,"type":"object","requiredProperties":["variables"],"properties":["variables"],"arrays":["variables"]}},
  {"method":"PUT","path":"/crm/v8/settings/variables","operationId":"updateVariables","query":[],"listKeys":["variables"],"body":{"required":true,"type":"object","requiredProperties":["variables"],"properties":["variables"],"arrays":["variables"]}},
  {"method":"DELETE","path":"/crm/v8/settings/variables/{variable_id}","operationId":"deleteVariable","query":[],"listKeys":["variables"]},
  {"method":"GET","path":"/crm/v8/settings/variables/{variable_id}","operationId":"getVariable","query":[{"name":"group","required":false,"type":"string"}],"listKeys":["variables"]},
  {"method":"PUT","path":"/crm/v8/settings/variables/{variable_id}","operationId":"updateVariable","query":[{"name":"group","required":false,"type":"string"}],"listKeys":["variables"],"body":{"required":true,"type":"object","requiredProperties":["variables"],"properties":["variables"],"arrays":["variables"]}},
  {"method":"GET","path":"/crm/v8/settings/wizards","operationId":"getWizards","query":[],"listKeys":["wizards"]},
  {"method":"GET","path":"/crm/v8/settings/wizards/{wizard_id}","operationId":"getWizard","query":[{"name":"layout_id","required":false,"type":"string"}],"listKeys":["wizards"]},
  {"method":"POST","path":"/crm/v8/upload","operationId":"uploadBulkWriteFile","query":[],"listKeys":[],"body":{"required":true,"type":"other","requiredProperties":[],"arrays":[]}},
  {"method":"GET","path":"/crm/v8/users","operationId":"getUsers","query":[{"name":"ids","required":false,"type":"string"},{"name":"page","required":false,"type":"integer"},{"name":"per_page","required":false,"type":"integer"},{"name":"type","required":false,"type":"string","enum":["AllUsers","ActiveUsers","DeactiveUsers","ConfirmedUsers","NotConfirmedUsers","DeletedUsers","ActiveConfirmedUsers","AdminUsers","ActiveConfirmedAdmins","CurrentUser"]}],"listKeys":["users"]},
  {"method":"POST","path":"/crm/v8/users","operationId":"createUsers","query":[],"listKeys":["users"],"body":{"required":true,"type":"object","requiredProperties":["users"],"properties":["users"],"arrays":["users"]}},
  {"method":"PUT","path":"/crm/v8/users","operationId":"updateUsers","query":[],"listKeys":["users"],"body":{"required":true,"type":"object","requiredProperties":["users"],"properties":["users"],"arrays":["users"]}},
  {"method":"GET","path":"/crm/v8/users/actions/count","operationId":"getUsersCount","query":[{"name":"type","required":false,"type":"string","enum":["AllUsers","ActiveUsers","DeactiveUsers","ConfirmedUsers","NotConfirmedUsers","DeletedUsers","ActiveConfirmedUsers","AdminUsers","ActiveConfirmedAdmins","CurrentUser"]}],"listKeys":[]},
  {"method":"GET","path":"/crm/v8/users/actions/transfer_and_delete","operationId":"getUsersTransferAndDelete","query":[{"name":"job_id","required":false,"type":"string"}],"listKeys":[]},
  {"method":"POST","path":"/crm/v8/users/actions/transfer_and_delete","operationId":"runUsersTransferAndDelete","query":[],"listKeys":["transfer_and_delete"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":[],"arrays":[]}},
  {"method":"POST","path":"/crm/v8/users/{id}/actions/transfer_and_delete","operationId":"runUserTransferAndDelete","query":[],"listKeys":["transfer_and_delete"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":[],"arrays":[]}},
  {"method":"DELETE","path":"/crm/v8/users/{user_id}","operationId":"deleteUser","query":[],"listKeys":["users"]},
  {"method":"GET","path":"/crm/v8/users/{user_id}","operationId":"getUser","query":[],"listKeys":["users"]},
  {"method":"PUT","path":"/crm/v8/users/{user_id}","operationId":"updateUser","query":[],"listKeys":["users"],"body":{"required":true,"type":"object","requiredProperties":["users"],"properties":["users"],"arrays":["users"]}},
  {"method":"GET","path":"/crm/v8/users/{user_id}/actions/associated_groups","operationId":"getUserAssociatedGroups","query":[{"name":"include","required":false,"type":"string"},{"name":"page","required":false,"type":"integer"},{"name":"per_page","required":false,"type":"integer"}],"listKeys":["user_groups"]},
  {"method":"DELETE","path":"/crm/v8/users/{user_id}/territories","operationId":"removeUserTerritories","query":[{"name":"ids","required":true,"type":"string"}],"listKeys":["territories"]},
  {"method":"GET","path":"/crm/v8/users/{user_id}/territories","operationId":"getUserTerritories","query":[],"listKeys":["territories"]},
  {"method":"PUT","path":"/crm/v8/users/{user_id}/territories","operationId":"associateUserTerritories","query":[],"listKeys":["territories"],"body":{"required":true,"type":"object","requiredProperties":["territories"],"properties":["territories"],"arrays":["territories"],"itemRequired":{"territories":["id"]}}},
  {"method":"DELETE","path":"/crm/v8/users/{user_id}/territories/{territory_id}","operationId":"removeUserTerritory","query":[],"listKeys":["territories"]},
  {"method":"GET","path":"/crm/v8/users/{user_id}/territories/{territory_id}","operationId":"getUserTerritory","query":[],"listKeys":["territories"]},
  {"method":"DELETE","path":"/crm/v8/{module_api_name}","operationId":"deleteRecords","query":[{"name":"ids","required":true,"type":"string"},{"name":"wf_trigger","required":false,"type":"boolean"}],"listKeys":["data"]},
  {"method":"GET","path":"/crm/v8/{module_api_name}","operationId":"getRecords","query":[{"name":"approved","required":false,"type":"string","enum":["true","false","both"]},{"name":"converted","required":false,"type":"string","enum":["true","false","both"]},{"name":"cvid","required":false,"type":"string"},{"name":"endDateTime","required":false,"type":"string"},{"name":"fields","required":true,"type":"string"},{"name":"ids","required":false,"type":"string"},{"name":"include_child","required":false,"type":"boolean"},{"name":"page","required":false,"type":"integer"},{"name":"page_token","required":false,"type":"string"},{"name":"per_page","required":false,"type":"integer"},{"name":"sort_by","required":false,"type":"string","enum":["id","Created_Time","Modified_Time"]},{"name":"sort_order","required":false,"type":"string","enum":["asc","desc"]},{"name":"startDateTime","required":false,"type":"string"},{"name":"territory_id","required":false,"type":"string"},{"name":"uid","required":false,"type":"string"}],"listKeys":["data"]},
  {"method":"POST","path":"/crm/v8/{module_api_name}","operationId":"insertRecords","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":["data"],"properties":["apply_feature_execution","data","duplicate_check_fields","lar_id","process","skip_feature_execution","trigger","wf_trigger"],"arrays":["apply_feature_execution","data","duplicate_check_fields","process","skip_feature_execution","trigger"],"itemRequired":{"apply_feature_execution":["name"],"skip_feature_execution":["name"]}}},
  {"method":"PUT","path":"/crm/v8/{module_api_name}","operationId":"updateRecords","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":["data"],"properties":["apply_feature_execution","data","duplicate_check_fields","lar_id","process","skip_feature_execution","trigger","wf_trigger"],"arrays":["apply_feature_execution","data","duplicate_check_fields","process","skip_feature_execution","trigger"],"itemRequired":{"apply_feature_execution":["name"],"skip_feature_execution":["name"]}}},
  {"method":"POST","path":"/crm/v8/{module_api_name}/actions/add_tags","operationId":"addTagsToRecords","query":[{"name":"over_write","required":false,"type":"boolean"}],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":["tags"],"properties":["ids","over_write","tags"],"arrays":["ids","tags"],"itemRequired":{"tags":["name"]}}},
  {"method":"POST","path":"/crm/v8/{module_api_name}/actions/assign_territories","operationId":"assignTerritoriesToRecords","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":["data"],"properties":["data"],"arrays":["data"]}},
  {"method":"POST","path":"/crm/v8/{module_api_name}/actions/change_owner","operationId":"changeRecordsOwner","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":["owner","ids"],"properties":["ids","notify","owner","related_modules"],"arrays":["ids","related_modules"]}},
  {"method":"GET","path":"/crm/v8/{module_api_name}/actions/count","operationId":"getRecordCount","query":[{"name":"criteria","required":false,"type":"string"},{"name":"cvid","required":false,"type":"string"},{"name":"email","required":false,"type":"string"},{"name":"phone","required":false,"type":"string"},{"name":"word","required":false,"type":"string"}],"listKeys":[]},
  {"method":"POST","path":"/crm/v8/{module_api_name}/actions/count","operationId":"countRecords","query":[{"name":"email","required":false,"type":"string"},{"name":"phone","required":false,"type":"string"},{"name":"word","required":false,"type":"string"}],"listKeys":[],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["criteria","cvid"],"arrays":[]}},
  {"method":"POST","path":"/crm/v8/{module_api_name}/actions/enrol_in_cadences","operationId":"runEnrolInCadences","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["cadences_ids","ids"],"arrays":["cadences_ids","ids"]}},
  {"method":"GET","path":"/crm/v8/{module_api_name}/actions/fetch_full_data","operationId":"getRichTextRecords","query":[{"name":"fields","required":true,"type":"string"},{"name":"ids","required":true,"type":"string"}],"listKeys":["data"]},
  {"method":"GET","path":"/crm/v8/{module_api_name}/actions/mass_change_owner","operationId":"getMassChangeOwnerStatus","query":[{"name":"job_id","required":true,"type":"string"}],"listKeys":["data"]},
  {"method":"POST","path":"/crm/v8/{module_api_name}/actions/mass_change_owner","operationId":"massChangeOwner","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":["cvid","owner"],"properties":["criteria","cvid","owner","territory"],"arrays":[]}},
  {"method":"GET","path":"/crm/v8/{module_api_name}/actions/mass_convert","operationId":"getInventoryMassConvertStatus","query":[{"name":"job_id","required":false,"type":"string"}],"listKeys":[]},
  {"method":"POST","path":"/crm/v8/{module_api_name}/actions/mass_convert","operationId":"massConvertInventory","query":[],"listKeys":[],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["assign_to","convert_to","ids","related_modules"],"arrays":["ids","related_modules"]}},
  {"method":"GET","path":"/crm/v8/{module_api_name}/actions/mass_delete","operationId":"getMassDeleteStatus","query":[{"name":"job_id","required":true,"type":"string"}],"listKeys":["data"]},
  {"method":"POST","path":"/crm/v8/{module_api_name}/actions/mass_delete","operationId":"massDeleteRecords","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["cvid","ids","territory"],"arrays":["ids"]}},
  {"method":"GET","path":"/crm/v8/{module_api_name}/actions/mass_update","operationId":"getMassUpdateStatus","query":[{"name":"job_id","required":true,"type":"string"}],"listKeys":["data"]},
  {"method":"POST","path":"/crm/v8/{module_api_name}/actions/mass_update","operationId":"massUpdateRecords","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":["data"],"properties":["criteria","cvid","data","ids","over_write","territory"],"arrays":["criteria","data","ids"]}},
  {"method":"GET","path":"/crm/v8/{module_api_name}/actions/portal_invite","operationId":"getPortalInvite","query":[{"name":"job_id","required":false,"type":"string"}],"listKeys":["portal_invite"]},
  {"method":"POST","path":"/crm/v8/{module_api_name}/actions/portal_invite","operationId":"runPortalInvite","query":[],"listKeys":["portal_invite"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["portal_invite"],"arrays":[]}},
  {"method":"POST","path":"/crm/v8/{module_api_name}/actions/remove_tags","operationId":"removeTagsFromRecords","query":[{"name":"ids","required":false,"type":"string"}],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":["tags"],"properties":["ids","tags"],"arrays":["ids","tags"]}},
  {"method":"POST","path":"/crm/v8/{module_api_name}/actions/remove_territories","operationId":"removeTerritoriesFromRecords","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":["data"],"properties":["data"],"arrays":["data"]}},
  {"method":"PUT","path":"/crm/v8/{module_api_name}/actions/run_scoring_rules","operationId":"updateRunScoringRules","query":[],"listKeys":["scoring_rules"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":[],"arrays":[]}},
  {"method":"POST","path":"/crm/v8/{module_api_name}/actions/share_emails","operationId":"runShareEmails","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["ids"],"arrays":["ids"]}},
  {"method":"POST","path":"/crm/v8/{module_api_name}/actions/unblock_email","operationId":"runUnblockEmail","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["ids","unblock_fields"],"arrays":["ids","unblock_fields"]}},
  {"method":"POST","path":"/crm/v8/{module_api_name}/actions/unenrol_from_cadences","operationId":"runUnenrolFromCadences","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["cadences_ids","ids"],"arrays":["cadences_ids","ids"]}},
  {"method":"POST","path":"/crm/v8/{module_api_name}/actions/unshare_emails","operationId":"runUnshareEmails","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["ids"],"arrays":["ids"]}},
  {"method":"GET","path":"/crm/v8/{module_api_name}/deleted","operationId":"getDeletedRecords","query":[{"name":"page","required":false,"type":"integer"},{"name":"per_page","required":false,"type":"integer"},{"name":"type","required":false,"type":"string","enum":["all","recycle","permanent"]}],"listKeys":["data"]},
  {"method":"GET","path":"/crm/v8/{module_api_name}/deleted/{record_id}/{related_list_api_name}","operationId":"getDeletedRecordRelatedRecords","query":[{"name":"fields","required":true,"type":"string"},{"name":"ids","required":false,"type":"string"},{"name":"page","required":false,"type":"integer"},{"name":"per_page","required":false,"type":"integer"}],"listKeys":["data"]},
  {"method":"GET","path":"/crm/v8/{module_api_name}/search","operationId":"searchRecords","query":[{"name":"approval_state","required":false,"type":"string"},{"name":"approved","required":false,"type":"string","enum":["true","false","both"]},{"name":"converted","required":false,"type":"string","enum":["true","false","both"]},{"name":"criteria","required":false,"type":"string"},{"name":"cvid","required":false,"type":"string"},{"name":"email","required":false,"type":"string"},{"name":"fields","required":false,"type":"string"},{"name":"page","required":false,"type":"integer"},{"name":"per_page","required":false,"type":"integer"},{"name":"phone","required":false,"type":"string"},{"name":"type","required":false,"type":"string"},{"name":"word","required":false,"type":"string"}],"listKeys":["data"]},
  {"method":"POST","path":"/crm/v8/{module_api_name}/upsert","operationId":"upsertRecords","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":["data"],"properties":["apply_feature_execution","data","duplicate_check_fields","lar_id","process","skip_feature_execution","trigger","wf_trigger"],"arrays":["apply_feature_execution","data","duplicate_check_fields","process","skip_feature_execution","trigger"],"itemRequired":{"apply_feature_execution":["name"],"skip_feature_execution":["name"]}}},
  {"method":"POST","path":"/crm/v8/{module_api_name}/{id}/actions/convert","operationId":"convertInventoryRecord","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":[],"arrays":[]}},
  {"method":"POST","path":"/crm/v8/{module_api_name}/{id}/actions/download_mail_merge","operationId":"runDownloadMailMerge","query":[],"listKeys":["file"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["download_mail_merge"],"arrays":[]}},
  {"method":"POST","path":"/crm/v8/{module_api_name}/{id}/actions/send_mail_merge","operationId":"runSendMailMerge","query":[],"listKeys":["send_mail_merge"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["send_mail_merge"],"arrays":[]}},
  {"method":"POST","path":"/crm/v8/{module_api_name}/{id}/actions/share_emails","operationId":"runShareEmailsAll","query":[],"listKeys":["data"]},
  {"method":"POST","path":"/crm/v8/{module_api_name}/{id}/actions/sign_mail_merge","operationId":"runSignMailMerge","query":[],"listKeys":["sign_mail_merge"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["sign_mail_merge"],"arrays":[]}},
  {"method":"POST","path":"/crm/v8/{module_api_name}/{id}/actions/unblock_email","operationId":"runUnblockEmailAll","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["ids","unblock_fields"],"arrays":["ids","unblock_fields"]}},
  {"method":"POST","path":"/crm/v8/{module_api_name}/{id}/actions/unshare_emails","operationId":"runUnshareEmailsAll","query":[],"listKeys":["data"]},
  {"method":"DELETE","path":"/crm/v8/{module_api_name}/{record_id}","operationId":"deleteRecord","query":[{"name":"wf_trigger","required":false,"type":"boolean"}],"listKeys":["data"]},
  {"method":"GET","path":"/crm/v8/{module_api_name}/{record_id}","operationId":"getRecord","query":[{"name":"approved","required":false,"type":"string","enum":["true","false","both"]},{"name":"converted","required":false,"type":"string","enum":["true","false","both"]},{"name":"cvid","required":false,"type":"string"},{"name":"endDateTime","required":false,"type":"string"},{"name":"fields","required":false,"type":"string"},{"name":"include_child","required":false,"type":"boolean"},{"name":"startDateTime","required":false,"type":"string"},{"name":"territory_id","required":false,"type":"string"},{"name":"uid","required":false,"type":"string"}],"listKeys":["data"]},
  {"method":"PUT","path":"/crm/v8/{module_api_name}/{record_id}","operationId":"updateRecord","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":["data"],"properties":["apply_feature_execution","data","duplicate_check_fields","lar_id","process","skip_feature_execution","trigger","wf_trigger"],"arrays":["apply_feature_execution","data","duplicate_check_fields","process","skip_feature_execution","trigger"],"itemRequired":{"apply_feature_execution":["name"],"skip_feature_execution":["name"]}}},
  {"method":"DELETE","path":"/crm/v8/{module_api_name}/{record_id}/Attachments","operationId":"deleteAttachments","query":[{"name":"ids","required":true,"type":"string"}],"listKeys":["data"]},
  {"method":"GET","path":"/crm/v8/{module_api_name}/{record_id}/Attachments","operationId":"getAttachments","query":[{"name":"fields","required":true,"type":"string"},{"name":"ids","required":false,"type":"string"},{"name":"page","required":false,"type":"integer"},{"name":"page_token","required":false,"type":"string"},{"name":"per_page","required":false,"type":"integer"}],"listKeys":["data"]},
  {"method":"POST","path":"/crm/v8/{module_api_name}/{record_id}/Attachments","operationId":"uploadAttachment","query":[{"name":"attachmentUrl","required":false,"type":"string"},{"name":"title","required":false,"type":"string"}],"listKeys":["data"],"body":{"required":false,"type":"other","requiredProperties":[],"arrays":[]}},
  {"method":"DELETE","path":"/crm/v8/{module_api_name}/{record_id}/Attachments/{attachment_id}","operationId":"deleteAttachment","query":[],"listKeys":["data"]},
  {"method":"GET","path":"/crm/v8/{module_api_name}/{record_id}/Attachments/{attachment_id}","operationId":"downloadAttachment","query":[],"listKeys":[]},
  {"method":"GET","path":"/crm/v8/{module_api_name}/{record_id}/Emails","operationId":"getEmails","query":[{"name":"index","required":false,"type":"integer"},{"name":"owner_id","required":false,"type":"string"},{"name":"type","required":false,"type":"string"}],"listKeys":["Emails"]},
  {"method":"GET","path":"/crm/v8/{module_api_name}/{record_id}/Emails/actions/download_attachments","operationId":"getEmailsDownloadAttachments","query":[{"name":"id","required":false,"type":"string"},{"name":"message_id","required":false,"type":"string"},{"name":"name","required":false,"type":"string"},{"name":"user_id","required":false,"type":"string"}],"listKeys":[]},
  {"method":"GET","path":"/crm/v8/{module_api_name}/{record_id}/Emails/actions/download_inline_images","operationId":"getEmailsDownloadInlineImages","query":[{"name":"id","required":false,"type":"string"},{"name":"message_id","required":false,"type":"string"},{"name":"user_id","required":false,"type":"string"}],"listKeys":[]},
  {"method":"GET","path":"/crm/v8/{module_api_name}/{record_id}/Emails/{message_id}","operationId":"getEmail","query":[{"name":"owner_id","required":false,"type":"string"},{"name":"type","required":false,"type":"string"}],"listKeys":["Emails"]},
  {"method":"GET","path":"/crm/v8/{module_api_name}/{record_id}/Locking_Information__s","operationId":"getLockingInformation","query":[{"name":"fields","required":false,"type":"string"},{"name":"ids","required":false,"type":"string"},{"name":"page","required":false,"type":"integer"},{"name":"page_token","required":false,"type":"string"},{"name":"per_page","required":false,"type":"integer"}],"listKeys":["data"]},
  {"method":"POST","path":"/crm/v8/{module_api_name}/{record_id}/Locking_Information__s","operationId":"createLockingInformation","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["data"],"arrays":["data"]}},
  {"method":"DELETE","path":"/crm/v8/{module_api_name}/{record_id}/Locking_Information__s/{lock_id}","operationId":"deleteLockingInformation","query":[],"listKeys":["data"]},
  {"method":"GET","path":"/crm/v8/{module_api_name}/{record_id}/Locking_Information__s/{lock_id}","operationId":"getLockingInformationById","query":[{"name":"fields","required":false,"type":"string"}],"listKeys":["data"]},
  {"method":"PUT","path":"/crm/v8/{module_api_name}/{record_id}/Locking_Information__s/{lock_id}","operationId":"updateLockingInformation","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["data"],"arrays":["data"]}},
  {"method":"GET","path":"/crm/v8/{module_api_name}/{record_id}/__email_drafts","operationId":"getEmailDrafts","query":[],"listKeys":["__email_drafts"]},
  {"method":"POST","path":"/crm/v8/{module_api_name}/{record_id}/__email_drafts","operationId":"createEmailDrafts","query":[],"listKeys":["__email_drafts"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["__email_drafts"],"arrays":["__email_drafts"]}},
  {"method":"PUT","path":"/crm/v8/{module_api_name}/{record_id}/__email_drafts","operationId":"updateEmailDrafts","query":[],"listKeys":["__email_drafts"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["__email_drafts"],"arrays":["__email_drafts"]}},
  {"method":"DELETE","path":"/crm/v8/{module_api_name}/{record_id}/__email_drafts/{draft}","operationId":"deleteEmailDraft","query":[],"listKeys":["__email_drafts"]},
  {"method":"GET","path":"/crm/v8/{module_api_name}/{record_id}/__email_drafts/{draft}","operationId":"getEmailDraft","query":[],"listKeys":["__email_drafts"]},
  {"method":"PUT","path":"/crm/v8/{module_api_name}/{record_id}/__email_drafts/{draft}","operationId":"updateEmailDraft","query":[],"listKeys":["__email_drafts"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["__email_drafts"],"arrays":["__email_drafts"]}},
  {"method":"GET","path":"/crm/v8/{module_api_name}/{record_id}/__emails_sharing_details","operationId":"getEmailsSharingDetails","query":[],"listKeys":["__emails_sharing_details"]},
  {"method":"GET","path":"/crm/v8/{module_api_name}/{record_id}/__timeline","operationId":"getTimeline","query":[{"name":"filters","required":false,"type":"string"},{"name":"include","required":false,"type":"string"},{"name":"include_inner_details","required":false,"type":"string"},{"name":"include_timeline_type","required":false,"type":"string"},{"name":"page","required":false,"type":"integer"},{"name":"page_token","required":false,"type":"string"},{"name":"per_page","required":false,"type":"integer"},{"name":"sort_by","required":false,"type":"string"},{"name":"sort_order","required":false,"type":"string","enum":["asc","desc"]}],"listKeys":["__timeline"]},
  {"method":"POST","path":"/crm/v8/{module_api_name}/{record_id}/actions/add_tags","operationId":"addTagsToRecord","query":[{"name":"over_write","required":false,"type":"boolean"}],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":["tags"],"properties":["ids","over_write","tags"],"arrays":["ids","tags"],"itemRequired":{"tags":["name"]}}},
  {"method":"POST","path":"/crm/v8/{module_api_name}/{record_id}/actions/assign_territories","operationId":"assignTerritoriesToRecord","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":["data"],"properties":["data"],"arrays":["data"]}},
  {"method":"POST","path":"/crm/v8/{module_api_name}/{record_id}/actions/associate_email","operationId":"runAssociateEmail","query":[],"listKeys":["Emails"],"body":{"required":true,"type":"object","requiredProperties":[],"properties":["Emails"],"arrays":["Emails"]}},
  {"method":"GET","path":"/crm/v8/{module_api_name}/{record_id}/actions/blueprint","operationId":"getBlueprint","query":[],"listKeys":[]},
  {"method":"PUT","path":"/crm/v8/{module_api_name}/{record_id}/actions/blueprint","operationId":"updateBlueprint","query":[],"listKeys":[],"body":{"required":true,"type":"object","requiredProperties":["blueprint"],"properties":["blueprint"],"arrays":["blueprint"],"itemRequired":{"blueprint":["transition_id"]}}},
  {"method":"POST","path":"/crm/v8/{module_api_name}/{record_id}/actions/change_owner","operationId":"changeRecordOwner","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":["owner"],"properties":["notify","owner","related_modules"],"arrays":["related_modules"]}},
  {"method":"POST","path":"/crm/v8/{module_api_name}/{record_id}/actions/clone","operationId":"cloneRecord","query":[],"listKeys":["data"],"body":{"required":false,"type":"object","requiredProperties":[],"properties":["data"],"arrays":["data"]}},
  {"method":"GET","path":"/crm/v8/{module_api_name}/{record_id}/actions/download_fields_attachment","operationId":"downloadFieldAttachment","query":[{"name":"fields_attachment_id","required":true,"type":"string"}],"listKeys":[]},
  {"method":"GET","path":"/crm/v8/{module_api_name}/{record_id}/actions/fetch_full_data","operationId":"getRecordRichText","query":[{"name":"fields","required":true,"type":"string"}],"listKeys":["data"]},
  {"method":"GET","path":"/crm/v8/{module_api_name}/{record_id}/actions/merge","operationId":"getMergeStatus","query":[{"name":"job_id","required":false,"type":"string"}],"listKeys":["merge"]},
  {"method":"POST","path":"/crm/v8/{module_api_name}/{record_id}/actions/merge","operationId":"mergeRecords","query":[],"listKeys":["merge"],"body":{"required":true,"type":"object","requiredProperties":["merge"],"properties":["merge"],"arrays":["merge"],"itemRequired":{"merge":["data"]}}},
  {"method":"POST","path":"/crm/v8/{module_api_name}/{record_id}/actions/portal_invite","operationId":"runPortalInviteAll","query":[{"name":"language","required":false,"type":"string"},{"name":"type","required":false,"type":"string"},{"name":"user_type_id","required":false,"type":"string"}],"listKeys":["portal_invite"]},
  {"method":"POST","path":"/crm/v8/{module_api_name}/{record_id}/actions/remove_tags","operationId":"removeTagsFromRecord","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":["tags"],"properties":["ids","tags"],"arrays":["ids","tags"]}},
  {"method":"POST","path":"/crm/v8/{module_api_name}/{record_id}/actions/remove_territories","operationId":"removeTerritoriesFromRecord","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":["data"],"properties":["data"],"arrays":["data"]}},
  {"method":"POST","path":"/crm/v8/{module_api_name}/{record_id}/actions/send_mail","operationId":"sendMail","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":["data"],"properties":["data"],"arrays":["data"],"itemRequired":{"data":["from","to"]}}},
  {"method":"DELETE","path":"/crm/v8/{module_api_name}/{record_id}/actions/share","operationId":"revokeRecordShares","query":[],"listKeys":[]},
  {"method":"GET","path":"/crm/v8/{module_api_name}/{record_id}/actions/share","operationId":"getRecordShares","query":[{"name":"sharedTo","required":false,"type":"string"},{"name":"view","required":false,"type":"string","enum":["summary","manage"]}],"listKeys":["share","shareable_user"]},
  {"method":"POST","path":"/crm/v8/{module_api_name}/{record_id}/actions/share","operationId":"shareRecord","query":[],"listKeys":["share"],"body":{"required":true,"type":"object","requiredProperties":["share"],"properties":["notify","notify_on_completion","share"],"arrays":["share"],"itemRequired":{"share":["permission","user"]}}},
  {"method":"PUT","path":"/crm/v8/{module_api_name}/{record_id}/actions/share","operationId":"updateRecordShares","query":[],"listKeys":["share"],"body":{"required":true,"type":"object","requiredProperties":["share"],"properties":["notify","notify_on_completion","share"],"arrays":["share"],"itemRequired":{"share":["permission","user"]}}},
  {"method":"DELETE","path":"/crm/v8/{module_api_name}/{record_id}/photo","operationId":"deleteRecordPhoto","query":[],"listKeys":[]},
  {"method":"GET","path":"/crm/v8/{module_api_name}/{record_id}/photo","operationId":"downloadRecordPhoto","query":[],"listKeys":[]},
  {"method":"POST","path":"/crm/v8/{module_api_name}/{record_id}/photo","operationId":"uploadRecordPhoto","query":[{"name":"restrict_triggers","required":false,"type":"string","enum":["workflow"]}],"listKeys":[],"body":{"required":true,"type":"other","requiredProperties":[],"arrays":[]}},
  {"method":"DELETE","path":"/crm/v8/{module_api_name}/{record_id}/{related_list_api_name}","operationId":"delinkRelatedRecords","query":[{"name":"ids","required":true,"type":"string"}],"listKeys":["data"]},
  {"method":"GET","path":"/crm/v8/{module_api_name}/{record_id}/{related_list_api_name}","operationId":"getRelatedRecords","query":[{"name":"fields","required":true,"type":"string"},{"name":"page","required":false,"type":"integer"},{"name":"per_page","required":false,"type":"integer"}],"listKeys":["data"]},
  {"method":"PUT","path":"/crm/v8/{module_api_name}/{record_id}/{related_list_api_name}","operationId":"updateRelatedRecords","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":["data"],"properties":["apply_feature_execution","data","duplicate_check_fields","lar_id","process","skip_feature_execution","trigger","wf_trigger"],"arrays":["apply_feature_execution","data","duplicate_check_fields","process","skip_feature_execution","trigger"],"itemRequired":{"apply_feature_execution":["name"],"skip_feature_execution":["name"]}}},
  {"method":"DELETE","path":"/crm/v8/{module_api_name}/{record_id}/{related_list_api_name}/{related_record_id}","operationId":"delinkRelatedRecord","query":[],"listKeys":["data"]},
  {"method":"GET","path":"/crm/v8/{module_api_name}/{record_id}/{related_list_api_name}/{related_record_id}","operationId":"getRelatedRecord","query":[{"name":"fields","required":false,"type":"string"}],"listKeys":["data"]},
  {"method":"PUT","path":"/crm/v8/{module_api_name}/{record_id}/{related_list_api_name}/{related_record_id}","operationId":"updateRelatedRecord","query":[],"listKeys":["data"],"body":{"required":true,"type":"object","requiredProperties":["data"],"properties":["apply_feature_execution","data","duplicate_check_fields","lar_id","process","skip_feature_execution","trigger","wf_trigger"],"arrays":["apply_feature_execution","data","duplicate_check_fields","process","skip_feature_execution","trigger"],"itemRequired":{"apply_feature_execution":["name"],"skip_feature_execution":["name"]}}},
  {"method":"GET","path":"/{download_url}","operationId":"downloadBulkWriteResult","query":[],"listKeys":[]},
];
