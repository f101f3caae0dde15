// This file is generated from spec/creator.yaml by scripts/generate.ts. Do not edit.

export interface paths {
    "/creator/v2.1/bulk/{account_owner_name}/{app_link_name}/report/{report_link_name}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a bulk read job on a report
         * @description Exports the report (or the records matching `query.criteria`) asynchronously. Poll
         *     `getBulkReadJob` until `status` is "Completed", then download the result. Scope
         *     `ZohoCreator.bulk.CREATE`.
         */
        post: operations["createBulkReadJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/creator/v2.1/bulk/{account_owner_name}/{app_link_name}/report/{report_link_name}/read/{job_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the state of a bulk read job
         * @description When `status` is "Completed", `result.download_url` is set. It is a **relative
         *     path** (e.g. `/creator/v2.1/bulk/<owner>/<app>/report/<report>/read/<job_id>/result`)
         *     to be resolved against the API host. What it returns is a **ZIP holding one CSV
         *     file**, not JSON. `result.record_cursor`, when present, starts the next batch
         *     (valid 15 minutes). Scope `ZohoCreator.bulk.READ`.
         */
        get: operations["getBulkReadJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/creator/v2.1/bulk/{account_owner_name}/{app_link_name}/report/{report_link_name}/read/{job_id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the result of a completed bulk read job
         * @description The path `download_url` points to. Answers a ZIP archive holding one CSV file (the
         *     report's records). Code 11110 while the file is still being built, 11120 when the
         *     job is not completed. At most 10 downloads per user per minute *(unverified)*.
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
    "/creator/v2.1/data/{account_owner_name}/{app_link_name}/form/{form_link_name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add records through a form
         * @description Each object of `data` becomes a record, subject to the form's validations; at most
         *     200 per request (code 3950 otherwise). The answer has one result per input object,
         *     in order: `code` 3000 with the new `ID`, or an error code with `error`. Scope
         *     `ZohoCreator.form.CREATE`.
         */
        post: operations["addRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/creator/v2.1/data/{account_owner_name}/{app_link_name}/report/{report_link_name}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The username of the account that owns the application (its workspace). */
                account_owner_name: components["parameters"]["AccountOwnerName"];
                /** @description The link name of the application. */
                app_link_name: components["parameters"]["AppLinkName"];
                /** @description The link name of the report. */
                report_link_name: components["parameters"]["ReportLinkName"];
            };
            cookie?: never;
        };
        /**
         * Get the records of a report
         * @description Returns the records the report shows, `max_records` at a time. Page with the
         *     `record_cursor` response header (see the API description). Scope
         *     `ZohoCreator.report.READ`. When no record matches, Zoho answers code 3100 (HTTP 404).
         */
        get: operations["getRecords"];
        put?: never;
        post?: never;
        /**
         * Delete the records of a report that match a criteria
         * @description Same 200-record limit and `process_until_limit` as `updateRecords`. Scope
         *     `ZohoCreator.report.DELETE`.
         */
        delete: operations["deleteRecords"];
        options?: never;
        head?: never;
        /**
         * Update the records of a report that match a criteria
         * @description At most 200 records per request: when more match, Zoho answers code 3960 unless
         *     `process_until_limit=true`, which updates the first 200 (then `more_records` tells
         *     whether to call again). Scope `ZohoCreator.report.UPDATE`.
         */
        patch: operations["updateRecords"];
        trace?: never;
    };
    "/creator/v2.1/data/{account_owner_name}/{app_link_name}/report/{report_link_name}/{record_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The username of the account that owns the application (its workspace). */
                account_owner_name: components["parameters"]["AccountOwnerName"];
                /** @description The link name of the application. */
                app_link_name: components["parameters"]["AppLinkName"];
                /** @description The record's `ID`. */
                record_id: components["parameters"]["RecordId"];
                /** @description The link name of the report. */
                report_link_name: components["parameters"]["ReportLinkName"];
            };
            cookie?: never;
        };
        /**
         * Get one record of a report by its ID
         * @description Code 3190 when the report has no record with this ID.
         */
        get: operations["getRecord"];
        put?: never;
        post?: never;
        /** Delete one record of a report by its ID */
        delete: operations["deleteRecord"];
        options?: never;
        head?: never;
        /** Update one record of a report by its ID */
        patch: operations["updateRecord"];
        trace?: never;
    };
    "/creator/v2.1/data/{account_owner_name}/{app_link_name}/report/{report_link_name}/{record_id}/{field_link_name}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the file of a field of a record */
        get: operations["downloadFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/creator/v2.1/data/{account_owner_name}/{app_link_name}/report/{report_link_name}/{record_id}/{field_link_name}/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file into a field of a record
         * @description For file-upload, image, audio, video and signature fields. At most 50 MB (code
         *     3630). Scope `ZohoCreator.report.CREATE`.
         */
        post: operations["uploadFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/creator/v2.1/meta/{account_owner_name}/{app_link_name}/form/{form_link_name}/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the fields of a form
         * @description Scope `ZohoCreator.meta.form.READ`.
         */
        get: operations["listFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/creator/v2.1/meta/{account_owner_name}/{app_link_name}/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the forms of an application
         * @description Scope `ZohoCreator.meta.application.READ`. Code 3910 when the application has no form.
         */
        get: operations["listForms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/creator/v2.1/meta/{account_owner_name}/{app_link_name}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the reports of an application
         * @description Scope `ZohoCreator.meta.application.READ`. Code 3930 when the application has no report.
         */
        get: operations["listReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/creator/v2.1/meta/{account_owner_name}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the applications of one workspace (account owner)
         * @description Scope `ZohoCreator.dashboard.READ`.
         */
        get: operations["listWorkspaceApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/creator/v2.1/meta/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List every application the user can access
         * @description Scope `ZohoCreator.dashboard.READ`.
         */
        get: operations["listApplications"];
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
        AddRecordsRequest: {
            /** @description The records (at most 200), or a single record. */
            data: components["schemas"]["FieldValues"][] | components["schemas"]["FieldValues"];
            result?: components["schemas"]["ResultOptions"];
            skip_workflow?: components["schemas"]["SkipWorkflow"];
        };
        Application: {
            application_name?: string;
            category?: number;
            created_by?: string;
            /** @description E.g. "20-Apr-2020 16:23:50". */
            creation_date?: string;
            date_format?: string;
            link_name: string;
            time_zone?: string;
            /** @description The account owner name to use in paths. */
            workspace_name?: string;
        };
        BatchWriteResponse: {
            code: components["schemas"]["CreatorCode"];
            /** @description With `process_until_limit`, whether more matching records remain *(field name from Zoho's status-code page; unverified in a sample)*. */
            more_records?: boolean;
            result: components["schemas"]["RecordResult"][];
        };
        BulkReadJob: {
            created_by?: string;
            /** @description E.g. "03-Sep-2021 14:55:46". */
            created_time?: string;
            id: string;
            /** @constant */
            operation?: "read";
            /** @description Present once the job is completed. */
            result?: {
                /** @description Records exported. */
                count?: number;
                /**
                 * @description A relative path (no scheme or host) to resolve against the API host. It
                 *     answers a ZIP archive holding one CSV file, not JSON.
                 */
                download_url?: string;
                /** @description Present when more records remain; starts the next job (valid 15 minutes). */
                record_cursor?: string;
            };
            status: components["schemas"]["BulkReadStatus"];
        };
        BulkReadJobResponse: {
            code: components["schemas"]["CreatorCode"];
            details: components["schemas"]["BulkReadJob"];
        };
        BulkReadRequest: {
            query?: {
                criteria?: string;
                /** @description Field link names to export (all of the report's fields when absent). */
                fields?: string[];
                /** @description Records in this batch (100,000 to 200,000). */
                max_records?: number;
                /** @description The `result.record_cursor` of the previous job, to export the next batch (valid 15 minutes). */
                record_cursor?: string;
            };
        };
        /**
         * @description "In-progress", "Completed" or "Failed" as Zoho sends them; the documentation writes
         *     "IN PROGRESS", "COMPLETED", "FAILED". Compare case-insensitively.
         * @enum {string}
         */
        BulkReadStatus: "In-progress" | "Completed" | "Failed" | "IN PROGRESS" | "COMPLETED" | "FAILED";
        Component: {
            display_name?: string;
            link_name: string;
            /** @description Forms: 1 normal, 2 stateless. Reports: a report type id (e.g. 5 map, 6 spreadsheet). */
            type?: number;
        };
        /**
         * @description Creator's status code. 3000 is success; anything else is an error (also with HTTP 200).
         *     - 1000: invalid API URL, or an IAM error (404/401). 1020: method not allowed (405).
         *     - 1030: the access token is invalid or expired (401).
         *     - 1040: no such account owner (404). 1060: no access to the application, or an
         *       invalid request parameter. 1080: the application is disabled (403).
         *       1090: no such component (404). 1130: API access disabled for the user's permission set.
         *     - 2892: no such application. 2893: no such form. 2894: no such report (404).
         *     - 2896 / 2897 / 2898 / 2899: no permission to delete / update / view / add records (403).
         *     - 2930: "Error Occurred" (generic, 404). 2933: the application is not shared with the user (403).
         *     - 2945: the token lacks the scope (401). 2955: per-minute call limit (429; retry later).
         *     - 2965: no more entries allowed by the form's validation (403).
         *     - 3000: success. 3001: this record failed (per-record code in batch results).
         *     - 3020: request body missing or incomplete (400). 3060: the account's record limit is reached.
         *     - 3070: data validation failure. 3100: no records match the criteria (404).
         *     - 3190: no record with this ID. 3630: file over 50 MB. 3660: no file in the request.
         *       3710: no such field. 3750: not a file field. 3830: no permission on the file field.
         *     - 3910 / 3920 / 3930: the application has no forms / pages / reports.
         *     - 3950: more than 200 records to add. 3960: more than 200 records match an update or
         *       delete (use `process_until_limit`). 3970: more than 200 records asked for.
         *     - 4000: the daily developer-API limit is reached (HTTP 200; retry tomorrow).
         *     - 4070: only an admin or developer of the application may do this.
         *     - 7120: invalid bulk job id. 7130: not permitted to access the job.
         *     - 8011: a number has too many digits. 8012: a value does not match the field's format.
         *     - 11110: the bulk result file is still being generated. 11120: the job is not completed.
         * @example 3000
         */
        CreatorCode: number;
        /** @description An error answer. `code` is never 3000 here. */
        CreatorError: {
            code: components["schemas"]["CreatorCode"];
            /** @description Sent instead of `message` by some errors *(unverified)*. */
            description?: string;
            error?: components["schemas"]["RecordError"];
            message?: string;
        };
        DeleteRecordRequest: {
            result?: {
                message?: boolean;
                tasks?: boolean;
            };
        };
        DeleteRecordsRequest: {
            /** @description Which records to delete. */
            criteria: string;
            result?: {
                message?: boolean;
                tasks?: boolean;
            };
        };
        Field: {
            display_name?: string;
            link_name: string;
            mandatory?: boolean;
            max_char?: number;
            /**
             * @description 1 single line, 2 multi line, 3 email, 4 rich text, 5 number, 6 decimal,
             *     7 percent, 8 currency, 9 auto number, 10 date, 11 date-time, 12 drop down,
             *     13 radio, 14 multi select, 15 checkbox (12–15 also lookups), 16 decision box,
             *     17 URL, 18 image, … (see Zoho's Get Fields page).
             */
            type?: number;
            unique?: boolean;
        };
        /** @description Field link name → value to set. */
        FieldValues: {
            [key: string]: unknown;
        };
        GetRecordResponse: {
            code: components["schemas"]["CreatorCode"];
            data: components["schemas"]["Record"];
        };
        GetRecordsResponse: {
            code: components["schemas"]["CreatorCode"];
            data: components["schemas"]["Record"][];
        };
        ListApplicationsResponse: {
            applications: components["schemas"]["Application"][];
            code: components["schemas"]["CreatorCode"];
        };
        ListFieldsResponse: {
            code: components["schemas"]["CreatorCode"];
            fields: components["schemas"]["Field"][];
        };
        ListFormsResponse: {
            code: components["schemas"]["CreatorCode"];
            forms: components["schemas"]["Component"][];
        };
        ListReportsResponse: {
            code: components["schemas"]["CreatorCode"];
            reports: components["schemas"]["Component"][];
        };
        /**
         * @description A record: field link name → value. Subform and lookup values come as objects (with
         *     `zc_display_value`), multi-select and checkbox values as arrays.
         */
        Record: {
            /** @description The record's ID. */
            ID?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description What went wrong: a text, a list of texts, or field link name → message for a
         *     validation failure.
         */
        RecordError: string | string[] | {
            [key: string]: unknown;
        };
        /**
         * @description The result for one record of a batch: `code` 3000 with `data.ID`, or another code with
         *     `error` (some failures also carry `data.ID`). Narrow on `code === 3000`.
         */
        RecordResult: {
            code: components["schemas"]["CreatorCode"];
            data?: components["schemas"]["Record"];
            error?: components["schemas"]["RecordError"];
            message?: string;
            tasks?: components["schemas"]["Tasks"];
        };
        RecordWriteResponse: {
            code: components["schemas"]["CreatorCode"];
            data?: components["schemas"]["Record"];
            message?: string;
            tasks?: components["schemas"]["Tasks"];
        };
        /** @description What each result should hold besides the record ID. */
        ResultOptions: {
            /** @description Field link names whose values to return in `data`. */
            fields?: string[];
            /** @description Return the success message. */
            message?: boolean;
            /** @description Return the tasks the workflows asked for (e.g. `openurl`). */
            tasks?: boolean;
        };
        /** @description Workflows not to run for this request. */
        SkipWorkflow: ("form_workflow" | "schedules" | "all")[];
        /** @description Client-side tasks requested by workflows. */
        Tasks: {
            openurl?: {
                /** @description E.g. "Same window". */
                type?: string;
                url?: string;
            };
        } & {
            [key: string]: unknown;
        };
        UpdateRecordRequest: {
            data: components["schemas"]["FieldValues"];
            result?: components["schemas"]["ResultOptions"];
        };
        UpdateRecordsRequest: {
            /** @description Which records to update, e.g. `Status == "Open"`. */
            criteria: string;
            data: components["schemas"]["FieldValues"];
            result?: components["schemas"]["ResultOptions"];
        };
        UploadFileResponse: {
            code: components["schemas"]["CreatorCode"];
            data?: {
                filename?: string;
                /** @description The stored name. */
                filepath?: string;
                message?: string;
            };
        };
    };
    responses: {
        /**
         * @description An error with a 4xx/5xx status: 400 (3020 missing body), 401 (1030 invalid or expired
         *     token, 2945 missing scope), 403 (2933, 2896–2899, 1080), 404 (1000, 1040, 2892–2894,
         *     3100 no records for the criteria, 2930), 405 (1020), 429 (2955 per-minute limit).
         */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CreatorError"];
            };
        };
    };
    parameters: {
        /** @description The username of the account that owns the application (its workspace). */
        AccountOwnerName: string;
        /** @description The link name of the application. */
        AppLinkName: string;
        /** @description A Deluge-style criteria on field link names, e.g. `(Status == "Open" && Amount > 100)`. */
        Criteria: string;
        /** @description Act as a demo user of the application (used with `environment`). */
        DemoUserName: string;
        /** @description Work on the development or stage environment of the application; production when absent. */
        Environment: "development" | "stage";
        /**
         * @description Which fields to return: `quick_view` (default: the report's quick view),
         *     `detail_view`, `all`, or `custom` (only those named in `fields`).
         */
        FieldConfig: "quick_view" | "detail_view" | "custom" | "all";
        /** @description The link name of the field. */
        FieldLinkName: string;
        /**
         * @description Comma-separated field link names; used with `field_config=custom`.
         * @example Email,Phone_Number
         */
        Fields: string;
        /** @description The link name of the form. */
        FormLinkName: string;
        /** @description The bulk read job's `id`. */
        JobId: string;
        /** @description When more than 200 records match, process the first 200 instead of failing with code 3960. */
        ProcessUntilLimit: boolean;
        /** @description The record's `ID`. */
        RecordId: string;
        /** @description The link name of the report. */
        ReportLinkName: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createBulkReadJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The username of the account that owns the application (its workspace). */
                account_owner_name: components["parameters"]["AccountOwnerName"];
                /** @description The link name of the application. */
                app_link_name: components["parameters"]["AppLinkName"];
                /** @description The link name of the report. */
                report_link_name: components["parameters"]["ReportLinkName"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["BulkReadRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The new job (status "In-progress"), or an error code with HTTP 200. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkReadJobResponse"] | components["schemas"]["CreatorError"];
                };
            };
        };
    };
    getBulkReadJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The username of the account that owns the application (its workspace). */
                account_owner_name: components["parameters"]["AccountOwnerName"];
                /** @description The link name of the application. */
                app_link_name: components["parameters"]["AppLinkName"];
                /** @description The bulk read job's `id`. */
                job_id: components["parameters"]["JobId"];
                /** @description The link name of the report. */
                report_link_name: components["parameters"]["ReportLinkName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The job, or an error code with HTTP 200. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkReadJobResponse"] | components["schemas"]["CreatorError"];
                };
            };
        };
    };
    downloadBulkReadResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The username of the account that owns the application (its workspace). */
                account_owner_name: components["parameters"]["AccountOwnerName"];
                /** @description The link name of the application. */
                app_link_name: components["parameters"]["AppLinkName"];
                /** @description The bulk read job's `id`. */
                job_id: components["parameters"]["JobId"];
                /** @description The link name of the report. */
                report_link_name: components["parameters"]["ReportLinkName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The ZIP archive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
        };
    };
    addRecords: {
        parameters: {
            query?: never;
            header?: {
                /** @description Act as a demo user of the application (used with `environment`). */
                demo_user_name?: components["parameters"]["DemoUserName"];
                /** @description Work on the development or stage environment of the application; production when absent. */
                environment?: components["parameters"]["Environment"];
            };
            path: {
                /** @description The username of the account that owns the application (its workspace). */
                account_owner_name: components["parameters"]["AccountOwnerName"];
                /** @description The link name of the application. */
                app_link_name: components["parameters"]["AppLinkName"];
                /** @description The link name of the form. */
                form_link_name: components["parameters"]["FormLinkName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddRecordsRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description One result per input record, or an error code with HTTP 200. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchWriteResponse"] | components["schemas"]["CreatorError"];
                };
            };
        };
    };
    getRecords: {
        parameters: {
            query?: {
                /** @description A Deluge-style criteria on field link names, e.g. `(Status == "Open" && Amount > 100)`. */
                criteria?: components["parameters"]["Criteria"];
                /**
                 * @description Which fields to return: `quick_view` (default: the report's quick view),
                 *     `detail_view`, `all`, or `custom` (only those named in `fields`).
                 */
                field_config?: components["parameters"]["FieldConfig"];
                /**
                 * @description Comma-separated field link names; used with `field_config=custom`.
                 * @example Email,Phone_Number
                 */
                fields?: components["parameters"]["Fields"];
                /** @description Records per page. Default 200 *(the allowed values 200, 500 and 1000 are unverified)*. */
                max_records?: 200 | 500 | 1000;
            };
            header?: {
                /** @description Act as a demo user of the application (used with `environment`). */
                demo_user_name?: components["parameters"]["DemoUserName"];
                /** @description Work on the development or stage environment of the application; production when absent. */
                environment?: components["parameters"]["Environment"];
                /** @description The `record_cursor` response header of the previous page. */
                record_cursor?: string;
            };
            path: {
                /** @description The username of the account that owns the application (its workspace). */
                account_owner_name: components["parameters"]["AccountOwnerName"];
                /** @description The link name of the application. */
                app_link_name: components["parameters"]["AppLinkName"];
                /** @description The link name of the report. */
                report_link_name: components["parameters"]["ReportLinkName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description A page of records, or an error code with HTTP 200. */
            200: {
                headers: {
                    /** @description Present when more records remain; send it back to get the next page. */
                    record_cursor?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetRecordsResponse"] | components["schemas"]["CreatorError"];
                };
            };
        };
    };
    deleteRecords: {
        parameters: {
            query?: {
                /** @description When more than 200 records match, process the first 200 instead of failing with code 3960. */
                process_until_limit?: components["parameters"]["ProcessUntilLimit"];
            };
            header?: {
                /** @description Act as a demo user of the application (used with `environment`). */
                demo_user_name?: components["parameters"]["DemoUserName"];
                /** @description Work on the development or stage environment of the application; production when absent. */
                environment?: components["parameters"]["Environment"];
            };
            path: {
                /** @description The username of the account that owns the application (its workspace). */
                account_owner_name: components["parameters"]["AccountOwnerName"];
                /** @description The link name of the application. */
                app_link_name: components["parameters"]["AppLinkName"];
                /** @description The link name of the report. */
                report_link_name: components["parameters"]["ReportLinkName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteRecordsRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description One result per deleted record, or an error code with HTTP 200. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchWriteResponse"] | components["schemas"]["CreatorError"];
                };
            };
        };
    };
    updateRecords: {
        parameters: {
            query?: {
                /** @description When more than 200 records match, process the first 200 instead of failing with code 3960. */
                process_until_limit?: components["parameters"]["ProcessUntilLimit"];
            };
            header?: {
                /** @description Act as a demo user of the application (used with `environment`). */
                demo_user_name?: components["parameters"]["DemoUserName"];
                /** @description Work on the development or stage environment of the application; production when absent. */
                environment?: components["parameters"]["Environment"];
            };
            path: {
                /** @description The username of the account that owns the application (its workspace). */
                account_owner_name: components["parameters"]["AccountOwnerName"];
                /** @description The link name of the application. */
                app_link_name: components["parameters"]["AppLinkName"];
                /** @description The link name of the report. */
                report_link_name: components["parameters"]["ReportLinkName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRecordsRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description One result per updated record, or an error code with HTTP 200. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchWriteResponse"] | components["schemas"]["CreatorError"];
                };
            };
        };
    };
    getRecord: {
        parameters: {
            query?: {
                /**
                 * @description Which fields to return: `quick_view` (default: the report's quick view),
                 *     `detail_view`, `all`, or `custom` (only those named in `fields`).
                 */
                field_config?: components["parameters"]["FieldConfig"];
                /**
                 * @description Comma-separated field link names; used with `field_config=custom`.
                 * @example Email,Phone_Number
                 */
                fields?: components["parameters"]["Fields"];
            };
            header?: {
                /** @description Act as a demo user of the application (used with `environment`). */
                demo_user_name?: components["parameters"]["DemoUserName"];
                /** @description Work on the development or stage environment of the application; production when absent. */
                environment?: components["parameters"]["Environment"];
            };
            path: {
                /** @description The username of the account that owns the application (its workspace). */
                account_owner_name: components["parameters"]["AccountOwnerName"];
                /** @description The link name of the application. */
                app_link_name: components["parameters"]["AppLinkName"];
                /** @description The record's `ID`. */
                record_id: components["parameters"]["RecordId"];
                /** @description The link name of the report. */
                report_link_name: components["parameters"]["ReportLinkName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The record, or an error code with HTTP 200. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetRecordResponse"] | components["schemas"]["CreatorError"];
                };
            };
        };
    };
    deleteRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Act as a demo user of the application (used with `environment`). */
                demo_user_name?: components["parameters"]["DemoUserName"];
                /** @description Work on the development or stage environment of the application; production when absent. */
                environment?: components["parameters"]["Environment"];
            };
            path: {
                /** @description The username of the account that owns the application (its workspace). */
                account_owner_name: components["parameters"]["AccountOwnerName"];
                /** @description The link name of the application. */
                app_link_name: components["parameters"]["AppLinkName"];
                /** @description The record's `ID`. */
                record_id: components["parameters"]["RecordId"];
                /** @description The link name of the report. */
                report_link_name: components["parameters"]["ReportLinkName"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DeleteRecordRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The deleted record's ID. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordWriteResponse"] | components["schemas"]["CreatorError"];
                };
            };
        };
    };
    updateRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description Act as a demo user of the application (used with `environment`). */
                demo_user_name?: components["parameters"]["DemoUserName"];
                /** @description Work on the development or stage environment of the application; production when absent. */
                environment?: components["parameters"]["Environment"];
            };
            path: {
                /** @description The username of the account that owns the application (its workspace). */
                account_owner_name: components["parameters"]["AccountOwnerName"];
                /** @description The link name of the application. */
                app_link_name: components["parameters"]["AppLinkName"];
                /** @description The record's `ID`. */
                record_id: components["parameters"]["RecordId"];
                /** @description The link name of the report. */
                report_link_name: components["parameters"]["ReportLinkName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRecordRequest"];
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The updated record's ID (and the fields asked for in `result.fields`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordWriteResponse"] | components["schemas"]["CreatorError"];
                };
            };
        };
    };
    downloadFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Work on the development or stage environment of the application; production when absent. */
                environment?: components["parameters"]["Environment"];
            };
            path: {
                /** @description The username of the account that owns the application (its workspace). */
                account_owner_name: components["parameters"]["AccountOwnerName"];
                /** @description The link name of the application. */
                app_link_name: components["parameters"]["AppLinkName"];
                /** @description The link name of the field. */
                field_link_name: components["parameters"]["FieldLinkName"];
                /** @description The record's `ID`. */
                record_id: components["parameters"]["RecordId"];
                /** @description The link name of the report. */
                report_link_name: components["parameters"]["ReportLinkName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The file, raw. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
        };
    };
    uploadFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description Work on the development or stage environment of the application; production when absent. */
                environment?: components["parameters"]["Environment"];
            };
            path: {
                /** @description The username of the account that owns the application (its workspace). */
                account_owner_name: components["parameters"]["AccountOwnerName"];
                /** @description The link name of the application. */
                app_link_name: components["parameters"]["AppLinkName"];
                /** @description The link name of the field. */
                field_link_name: components["parameters"]["FieldLinkName"];
                /** @description The record's `ID`. */
                record_id: components["parameters"]["RecordId"];
                /** @description The link name of the report. */
                report_link_name: components["parameters"]["ReportLinkName"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    file: string;
                };
            };
        };
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The stored file name, or an error code with HTTP 200. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadFileResponse"] | components["schemas"]["CreatorError"];
                };
            };
        };
    };
    listFields: {
        parameters: {
            query?: never;
            header?: {
                /** @description Work on the development or stage environment of the application; production when absent. */
                environment?: components["parameters"]["Environment"];
            };
            path: {
                /** @description The username of the account that owns the application (its workspace). */
                account_owner_name: components["parameters"]["AccountOwnerName"];
                /** @description The link name of the application. */
                app_link_name: components["parameters"]["AppLinkName"];
                /** @description The link name of the form. */
                form_link_name: components["parameters"]["FormLinkName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The fields. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListFieldsResponse"] | components["schemas"]["CreatorError"];
                };
            };
        };
    };
    listForms: {
        parameters: {
            query?: never;
            header?: {
                /** @description Work on the development or stage environment of the application; production when absent. */
                environment?: components["parameters"]["Environment"];
            };
            path: {
                /** @description The username of the account that owns the application (its workspace). */
                account_owner_name: components["parameters"]["AccountOwnerName"];
                /** @description The link name of the application. */
                app_link_name: components["parameters"]["AppLinkName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The forms. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListFormsResponse"] | components["schemas"]["CreatorError"];
                };
            };
        };
    };
    listReports: {
        parameters: {
            query?: never;
            header?: {
                /** @description Work on the development or stage environment of the application; production when absent. */
                environment?: components["parameters"]["Environment"];
            };
            path: {
                /** @description The username of the account that owns the application (its workspace). */
                account_owner_name: components["parameters"]["AccountOwnerName"];
                /** @description The link name of the application. */
                app_link_name: components["parameters"]["AppLinkName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The reports. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListReportsResponse"] | components["schemas"]["CreatorError"];
                };
            };
        };
    };
    listWorkspaceApplications: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The username of the account that owns the application (its workspace). */
                account_owner_name: components["parameters"]["AccountOwnerName"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Error"];
            "5XX": components["responses"]["Error"];
            /** @description The applications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListApplicationsResponse"] | components["schemas"]["CreatorError"];
                };
            };
        };
    };
    listApplications: {
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
            /** @description The applications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListApplicationsResponse"] | components["schemas"]["CreatorError"];
                };
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
  body?: { required: boolean; type: "object" | "array" | "other"; requiredProperties: readonly string[]; arrays: readonly string[]; closed?: readonly string[]; itemRequired?: Readonly<Record<string, readonly string[]>> };
  listKeys: readonly string[];
}[] = [
  {"method":"POST","path":"/creator/v2.1/bulk/{account_owner_name}/{app_link_name}/report/{report_link_name}/read","operationId":"createBulkReadJob","query":[],"listKeys":[],"body":{"required":false,"type":"object","requiredProperties":[],"arrays":[]}},
  {"method":"GET","path":"/creator/v2.1/bulk/{account_owner_name}/{app_link_name}/report/{report_link_name}/read/{job_id}","operationId":"getBulkReadJob","query":[],"listKeys":[]},
  {"method":"GET","path":"/creator/v2.1/bulk/{account_owner_name}/{app_link_name}/report/{report_link_name}/read/{job_id}/result","operationId":"downloadBulkReadResult","query":[],"listKeys":[]},
  {"method":"POST","path":"/creator/v2.1/data/{account_owner_name}/{app_link_name}/form/{form_link_name}","operationId":"addRecords","query":[],"listKeys":[],"body":{"required":true,"type":"object","requiredProperties":["data"],"arrays":["skip_workflow"]}},
  {"method":"DELETE","path":"/creator/v2.1/data/{account_owner_name}/{app_link_name}/report/{report_link_name}","operationId":"deleteRecords","query":[{"name":"process_until_limit","required":false,"type":"boolean"}],"listKeys":[],"body":{"required":true,"type":"object","requiredProperties":["criteria"],"arrays":[]}},
  {"method":"GET","path":"/creator/v2.1/data/{account_owner_name}/{app_link_name}/report/{report_link_name}","operationId":"getRecords","query":[{"name":"criteria","required":false,"type":"string"},{"name":"field_config","required":false,"type":"string","enum":["quick_view","detail_view","custom","all"]},{"name":"fields","required":false,"type":"string"},{"name":"max_records","required":false,"type":"integer","enum":[200,500,1000]}],"listKeys":[]},
  {"method":"PATCH","path":"/creator/v2.1/data/{account_owner_name}/{app_link_name}/report/{report_link_name}","operationId":"updateRecords","query":[{"name":"process_until_limit","required":false,"type":"boolean"}],"listKeys":[],"body":{"required":true,"type":"object","requiredProperties":["criteria","data"],"arrays":[]}},
  {"method":"DELETE","path":"/creator/v2.1/data/{account_owner_name}/{app_link_name}/report/{report_link_name}/{record_id}","operationId":"deleteRecord","query":[],"listKeys":[],"body":{"required":false,"type":"object","requiredProperties":[],"arrays":[]}},
  {"method":"GET","path":"/creator/v2.1/data/{account_owner_name}/{app_link_name}/report/{report_link_name}/{record_id}","operationId":"getRecord","query":[{"name":"field_config","required":false,"type":"string","enum":["quick_view","detail_view","custom","all"]},{"name":"fields","required":false,"type":"string"}],"listKeys":[]},
  {"method":"PATCH","path":"/creator/v2.1/data/{account_owner_name}/{app_link_name}/report/{report_link_name}/{record_id}","operationId":"updateRecord","query":[],"listKeys":[],"body":{"required":true,"type":"object","requiredProperties":["data"],"arrays":[]}},
  {"method":"GET","path":"/creator/v2.1/data/{account_owner_name}/{app_link_name}/report/{report_link_name}/{record_id}/{field_link_name}/download","operationId":"downloadFile","query":[],"listKeys":[]},
  {"method":"POST","path":"/creator/v2.1/data/{account_owner_name}/{app_link_name}/report/{report_link_name}/{record_id}/{field_link_name}/upload","operationId":"uploadFile","query":[],"listKeys":[],"body":{"required":true,"type":"other","requiredProperties":[],"arrays":[]}},
  {"method":"GET","path":"/creator/v2.1/meta/applications","operationId":"listApplications","query":[],"listKeys":[]},
  {"method":"GET","path":"/creator/v2.1/meta/{account_owner_name}/applications","operationId":"listWorkspaceApplications","query":[],"listKeys":[]},
  {"method":"GET","path":"/creator/v2.1/meta/{account_owner_name}/{app_link_name}/form/{form_link_name}/fields","operationId":"listFields","query":[],"listKeys":[]},
  {"method":"GET","path":"/creator/v2.1/meta/{account_owner_name}/{app_link_name}/forms","operationId":"listForms","query":[],"listKeys":[]},
  {"method":"GET","path":"/creator/v2.1/meta/{account_owner_name}/{app_link_name}/reports","operationId":"listReports","query":[],"listKeys":[]},
];
