// This file is generated from spec/analytics.yaml by scripts/generate.ts. Do not edit.

export interface paths {
    "/restapi/v2/bulk/workspaces/{workspaceId}/data": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        /**
         * Start an export job for a SQL SELECT query (asynchronous)
         * @description The query may read one table, a query table, or join several tables. Poll
         *     `getExportJob`; when `jobCode` is "1004" download the result with
         *     `downloadExportJob`. At most 5 export jobs run at once per organization.
         */
        get: operations["createExportJobBySql"];
        put?: never;
        /** Start an import job that creates a table (asynchronous) */
        post: operations["createImportJobNewTable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/restapi/v2/bulk/workspaces/{workspaceId}/data/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a table and import a large CSV into it in batches
         * @description As `batchImport`, with `tableName` instead of `importType`.
         */
        post: operations["batchImportNewTable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/restapi/v2/bulk/workspaces/{workspaceId}/exportjobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the state of an export job
         * @description Poll until `jobCode` is "1004" (done: `downloadUrl` is set), "1003" (failed, still
         *     HTTP 200) or "1005" (unknown job). The result can be downloaded for one hour.
         */
        get: operations["getExportJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/restapi/v2/bulk/workspaces/{workspaceId}/exportjobs/{jobId}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the result of a finished export job
         * @description The raw exported data (CSV for `responseFormat: csv`), with no envelope.
         */
        get: operations["downloadExportJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/restapi/v2/bulk/workspaces/{workspaceId}/importjobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the state of an import job
         * @description Poll until `jobCode` is "1004" (done, `jobInfo` holds the import summary), "1003"
         *     (failed) or "1005" (unknown job). The summary is kept for one hour after the job ends.
         */
        get: operations["getImportJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/restapi/v2/bulk/workspaces/{workspaceId}/views/{viewId}/data": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The view id (for a table, the id returned by `createTable`). */
                viewId: components["parameters"]["ViewId"];
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        /**
         * Start an export job for a view (asynchronous)
         * @description Poll `getExportJob`, then download with `downloadExportJob`.
         */
        get: operations["createExportJob"];
        put?: never;
        /**
         * Start an import job into an existing table (asynchronous)
         * @description The file (at most 100 MB) is imported in the background; poll `getImportJob`.
         *     At most 5 import jobs run at once per organization.
         */
        post: operations["createImportJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/restapi/v2/bulk/workspaces/{workspaceId}/views/{viewId}/data/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a large CSV into an existing table in batches
         * @description Split the CSV into batches (each at most 100 MB, each with the header row). Send
         *     the first with `batchKey: "start"`; every answer returns the `batchKey` to send
         *     with the next batch, and the `jobId` to poll with `getImportJob`. Mark the last
         *     batch with `isLastBatch: true`. With `append` and `updateadd` each batch is
         *     committed on its own; with `truncateadd` only after the last one.
         */
        post: operations["batchImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/restapi/v2/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the organizations of the user
         * @description Needs no `ZANALYTICS-ORGID` header. Scope `ZohoAnalytics.metadata.read`.
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
    "/restapi/v2/views/{viewId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the details of a view by its id alone
         * @description The only view call without the workspace in its path; the response names the
         *     workspace (`workspaceId`) and org (`orgId`) of the view. Zoho's client library
         *     sends it without `ZANALYTICS-ORGID`.
         */
        get: operations["getView"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/restapi/v2/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List all workspaces (owned and shared) */
        get: operations["listWorkspaces"];
        put?: never;
        /**
         * Create a blank workspace
         * @description Scope `ZohoAnalytics.modeling.create`. Error 7101 if the name is taken.
         */
        post: operations["createWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/restapi/v2/workspaces/{workspaceId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        /**
         * Get the details of a workspace
         * @description Zoho's documentation sends this call without `ZANALYTICS-ORGID`.
         */
        get: operations["getWorkspace"];
        /** Rename a workspace */
        put: operations["renameWorkspace"];
        post?: never;
        /** Delete a workspace */
        delete: operations["deleteWorkspace"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/restapi/v2/workspaces/{workspaceId}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a table and import CSV or JSON into it (synchronous)
         * @description Like `importData`, but the table is created from the file (`tableName` in `CONFIG`).
         */
        post: operations["importDataNewTable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/restapi/v2/workspaces/{workspaceId}/tables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a table
         * @description Error 7111 if a table of that name already exists.
         */
        post: operations["createTable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/restapi/v2/workspaces/{workspaceId}/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the views of a workspace
         * @description Without `CONFIG` every view is returned. `viewTypes` filters by type id (0 table,
         *     2 chart, 3 pivot, 4 summary view, 6 query table, 7 dashboard).
         */
        get: operations["listViews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/restapi/v2/workspaces/{workspaceId}/views/{viewId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The view id (for a table, the id returned by `createTable`). */
                viewId: components["parameters"]["ViewId"];
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Rename a view (and change its description) */
        put: operations["renameView"];
        post?: never;
        /** Delete a view (it is moved to the trash) */
        delete: operations["deleteView"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/restapi/v2/workspaces/{workspaceId}/views/{viewId}/columns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a column to a table
         * @description Error 7128 if a column of that name already exists.
         */
        post: operations["addColumn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/restapi/v2/workspaces/{workspaceId}/views/{viewId}/columns/{columnId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The column id (from `getTableMetadata` or `addColumn`). */
                columnId: components["parameters"]["ColumnId"];
                /** @description The view id (for a table, the id returned by `createTable`). */
                viewId: components["parameters"]["ViewId"];
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Rename a column */
        put: operations["renameColumn"];
        post?: never;
        /**
         * Delete a column
         * @description Error 7159 if reports, formulas or lookups still use the column (unless `deleteDependentViews`).
         */
        delete: operations["deleteColumn"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/restapi/v2/workspaces/{workspaceId}/views/{viewId}/data": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The view id (for a table, the id returned by `createTable`). */
                viewId: components["parameters"]["ViewId"];
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        /**
         * Export a view (synchronous)
         * @description Returns the raw data in the format asked for in `CONFIG.responseFormat`, with no
         *     envelope (errors still come as the JSON failure envelope). Not allowed for tables
         *     of more than one million rows, live-connect workspaces, dashboards and query
         *     tables: use the bulk export jobs instead.
         */
        get: operations["exportData"];
        put?: never;
        /**
         * Import CSV or JSON into an existing table (synchronous)
         * @description `CONFIG` is a query parameter; the body is multipart with the file in `FILE`
         *     (at most 20 MB) or the data as text in `DATA` (send exactly one of them).
         *     Error 7092 means another import is running on this table; it is safe to retry
         *     later *(code unverified: not listed in Zoho's error-code tables)*.
         */
        post: operations["importData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/restapi/v2/workspaces/{workspaceId}/views/{viewId}/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the columns of a table */
        get: operations["getTableMetadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/restapi/v2/workspaces/{workspaceId}/views/{viewId}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The view id (for a table, the id returned by `createTable`). */
                viewId: components["parameters"]["ViewId"];
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        get?: never;
        /** Update the rows that match a criteria (or all rows) */
        put: operations["updateRows"];
        /** Add one row to a table */
        post: operations["addRow"];
        /**
         * Delete the rows that match a criteria (or all rows)
         * @description `CONFIG` holds either `criteria` or `deleteAllRows: true`.
         */
        delete: operations["deleteRows"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/restapi/v2/workspaces/owned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the workspaces the user owns */
        get: operations["listOwnedWorkspaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/restapi/v2/workspaces/shared": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the workspaces shared with the user */
        get: operations["listSharedWorkspaces"];
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
        AddColumnConfig: {
            columnName: string;
            dataType: components["schemas"]["DataType"];
            geoRole?: components["schemas"]["GeoRole"];
            /** @description Mark the column as personal data. Default false. */
            isPIIColumn?: boolean;
        };
        AddColumnResponse: components["schemas"]["SuccessEnvelope"] & {
            data: {
                columnId: string;
            };
        };
        AddRowConfig: {
            /** @description Column name → date format, for columns with different formats. */
            columnDateFormat?: {
                [key: string]: string;
            };
            columns: components["schemas"]["ColumnValues"];
            /** @description Format of date values that cannot be recognised, e.g. "dd-MMM-yyyy". */
            dateFormat?: string;
        };
        AddRowResponse: components["schemas"]["SuccessEnvelope"] & {
            data: {
                /** @description Column name → value as stored. */
                addedColumns?: {
                    [key: string]: string;
                };
                /** @description The columns of the request that the table does not have. */
                invalidColumns?: {
                    [key: string]: unknown;
                };
            };
        };
        /**
         * @description Zoho Analytics error code. Those zohokit relies on (from Zoho's v2 error-code pages
         *     unless marked):
         *     - 6045: too many requests in a minute (frequency limit). Retry after a minute.
         *     - 6043, 6044: API-unit / concurrency limit codes *(unverified: not found in Zoho's
         *       v2 documentation; only 6045 is documented)*.
         *     - 7003: required parameters are missing.
         *     - 7092: another import is in progress on this table; retry later *(unverified)*.
         *     - 7101: a workspace of that name exists. 7111: a table of that name exists.
         *       7128: a column of that name exists.
         *     - 7103: workspace not found. 7104: view not found. 7138: view id not found in the URL.
         *       7107: column not found. 7159: the column is used by other views.
         *     - 7232: import aborted. 7235: no column of the file matches the table.
         *       7248: the file is not multipart/form-data. 7249: the file does not match `fileType`.
         *     - 7301: no permission. 7387: the workspace does not belong to this organization.
         *     - 7403: the SQL query could not be parsed.
         *     - 7507: a value does not fit the column's data type. 7511: a mandatory column is empty.
         *     - 8002: invalid criteria. 8004: a column of the criteria is not in the table.
         *       8016: no column given for INSERT or UPDATE.
         *     - 8078: a CONFIG attribute is empty. 8079: a required CONFIG attribute is missing.
         *     - 8080: CONFIG is not valid JSON *(unverified)*.
         *     - 8083: the `ZANALYTICS-ORGID` header is missing.
         *     - 8119: invalid value of an attribute. 8120: export job not found (or expired).
         *       8121: another export-job error *(meaning cut off in the source; unverified)*.
         *     - 8504: a required parameter (usually CONFIG) is missing or malformed.
         *     - 8506: a parameter was sent more than once. 8516: invalid parameter value.
         *     - 8518: invalid authentication. 8535: invalid or expired OAuth token.
         *     - 7005: unexpected internal error.
         * @example 8535
         */
        AnalyticsErrorCode: number;
        BatchImportConfig: components["schemas"]["CsvImportOptions"] & {
            autoIdentify: boolean;
            /** @description "start" for the first batch, then the key returned by the previous batch. */
            batchKey: string;
            /** Format: uri */
            callbackUrl?: string;
            importType: components["schemas"]["ImportType"];
            isLastBatch: boolean;
            matchingColumns?: string[];
        };
        BatchImportNewTableConfig: components["schemas"]["CsvImportOptions"] & {
            autoIdentify: boolean;
            batchKey: string;
            /** Format: uri */
            callbackUrl?: string;
            isLastBatch: boolean;
            tableName: string;
        };
        BatchImportResponse: components["schemas"]["SuccessEnvelope"] & {
            data: {
                /** @description The key to send with the next batch. */
                batchKey: string;
                jobId: string;
            };
        };
        ColumnDesign: {
            COLUMNNAME: string;
            DATATYPE: components["schemas"]["DataType"];
            /** @description Value used when a cell is empty. */
            DEFAULT?: string;
            DESCRIPTION?: string;
            GEOROLE?: components["schemas"]["GeoRole"];
            ISHIDE?: boolean;
            /** @description The column must not be empty. Default false. */
            MANDATORY?: boolean;
            /** @description Mark the column as personal data. */
            PII?: boolean;
        };
        ColumnMetadata: {
            columnDesc?: string;
            columnId: string;
            columnIndex?: number;
            columnMaxSize?: number;
            columnName: string;
            currencyFormat?: string;
            dataType?: components["schemas"]["DataType"];
            dataTypeId?: number;
            /** @description Display name, e.g. "Plain Text", "Currency". */
            dataTypeName?: string;
            decimalPlaces?: number;
            decimalSeparator?: string;
            defaultValue?: string;
            formulaDisplayName?: string;
            isHidden?: boolean;
            isNullable?: boolean;
            pkColumnName?: string;
            /** @description For a lookup column, the table it looks up. */
            pkTableName?: string;
            sortedIndex?: number;
            sortedOrder?: number;
            thousandSeparator?: string;
        };
        /** @description Column name → value. Values are sent as text or numbers, as Zoho parses them by column type. */
        ColumnValues: {
            [key: string]: string | number | boolean | null;
        };
        CreateExportJobBySqlConfig: components["schemas"]["ExportOptions"] & {
            /** Format: uri */
            callbackUrl?: string;
            /** @enum {string} */
            responseFormat: "csv" | "json" | "xml" | "xls" | "pdf" | "html";
            /** @description A SQL SELECT statement. */
            sqlQuery: string;
        };
        CreateExportJobConfig: components["schemas"]["ExportOptions"] & {
            /** Format: uri */
            callbackUrl?: string;
            criteria?: string;
            /** @enum {string} */
            responseFormat: "csv" | "json" | "xml" | "xls" | "pdf" | "html";
        };
        CreateImportJobConfig: components["schemas"]["ImportDataConfig"] & {
            /**
             * Format: uri
             * @description Receives an HTTP POST with the summary when the job ends.
             */
            callbackUrl?: string;
        };
        CreateImportJobNewTableConfig: components["schemas"]["ImportDataNewTableConfig"] & {
            /** Format: uri */
            callbackUrl?: string;
        };
        CreateTableConfig: {
            tableDesign: {
                COLUMNS: components["schemas"]["ColumnDesign"][];
                /** @description Folder to create the table in (default folder otherwise). */
                FOLDERNAME?: string;
                TABLEDESCRIPTION?: string;
                TABLENAME: string;
            };
        };
        CreateTableResponse: components["schemas"]["SuccessEnvelope"] & {
            data: {
                /** @description The view id of the new table. */
                viewId: string;
            };
        };
        CreateWorkspaceConfig: {
            workspaceDesc?: string;
            workspaceName: string;
        };
        CreateWorkspaceResponse: components["schemas"]["SuccessEnvelope"] & {
            data: {
                workspaceId: string;
            };
        };
        /** @description Options shared by every import CONFIG. */
        CsvImportOptions: {
            /** @description Column name → date format. */
            columnDateFormat?: {
                [key: string]: string;
            };
            /** @description Rows starting with this character are skipped. */
            commentChar?: string;
            /** @description Format of dates that cannot be recognised, e.g. "dd-MMM-yyyy". */
            dateFormat?: string;
            /**
             * @description 0 dot, 1 comma.
             * @enum {integer}
             */
            decimalSeparator?: 0 | 1;
            /**
             * @description 0 comma, 1 tab, 2 semicolon, 3 space.
             * @enum {integer}
             */
            delimiter?: 0 | 1 | 2 | 3;
            onError?: components["schemas"]["OnImportError"];
            /**
             * @description Text qualifier: 0 none, 1 single quote, 2 double quote.
             * @enum {integer}
             */
            quoted?: 0 | 1 | 2;
            /** @description JSON import: how column names are built from nested keys. Default false. */
            retainColumnNames?: boolean;
            /** @description Only import these columns of the file. */
            selectedColumns?: string[];
            /** @description Rows to skip at the top of the CSV. */
            skipTop?: number;
            /**
             * @description 0 comma, 1 dot, 2 space, 3 single quote.
             * @enum {integer}
             */
            thousandSeparator?: 0 | 1 | 2 | 3;
        };
        /**
         * @description Column data type, as listed by Zoho's v2 Create Table and Add Column pages.
         *     `DURATION` is accepted by `addColumn` only; `GEO` needs a geo role. (`TIME` is not
         *     in Zoho's v2 lists.)
         * @enum {string}
         */
        DataType: "PLAIN" | "MULTI_LINE" | "EMAIL" | "URL" | "NUMBER" | "POSITIVE_NUMBER" | "DECIMAL_NUMBER" | "CURRENCY" | "PERCENT" | "AUTO_NUMBER" | "DATE" | "BOOLEAN" | "GEO" | "DURATION";
        DeleteColumnConfig: {
            /** @description Also delete the views that use the column. Default false. */
            deleteDependentViews?: boolean;
        };
        /** @description Exactly one of `criteria` and `deleteAllRows`. */
        DeleteRowsConfig: {
            /** @description SQL-like condition, e.g. "\"Region\"='West'". */
            criteria?: string;
            deleteAllRows?: boolean;
        };
        DeleteRowsResponse: components["schemas"]["SuccessEnvelope"] & {
            data: {
                deletedRows: number;
            };
        };
        DeleteViewConfig: {
            /** @description Also delete the views built on this table. */
            deleteDependentViews?: boolean;
        };
        ExportDataConfig: components["schemas"]["ExportOptions"] & {
            /** @description Only the rows that match. */
            criteria?: string;
            responseFormat: components["schemas"]["ResponseFormat"];
        };
        /** @description Options shared by the export CONFIGs (PDF and image layout options are left out). */
        ExportOptions: {
            /**
             * @description CSV: 0 comma, 1 tab, 2 semicolon, 3 space.
             * @enum {integer}
             */
            delimiter?: 0 | 1 | 2 | 3;
            /** @description CSV: default true. */
            includeHeader?: boolean;
            /** @description JSON: rows as column → value objects. Default true. */
            keyValueFormat?: boolean;
            /**
             * @description CSV: 0 single, 1 double quote.
             * @enum {integer}
             */
            quoted?: 0 | 1;
            /**
             * @description CSV: 0 DOS, 1 UNIX, 2 MAC.
             * @enum {integer}
             */
            recordDelimiter?: 0 | 1 | 2;
            selectedColumns?: string[];
            /** @description Default false. */
            showHiddenCols?: boolean;
            /** @description Default false. */
            showPersonalCols?: boolean;
        };
        Failure: {
            data: {
                errorCode: components["schemas"]["AnalyticsErrorCode"];
                errorMessage?: string;
            };
            /** @constant */
            status: "failure";
            /** @description A symbolic name, e.g. "INVALID_OAUTHTOKEN". */
            summary?: string;
        };
        /**
         * @description 0 continent, 1 country, 2 state/province, 3 county/district, 4 city, 5 zip code, 6 latitude, 7 longitude, 8 airport.
         * @enum {integer}
         */
        GeoRole: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
        GetExportJobResponse: components["schemas"]["SuccessEnvelope"] & {
            data: components["schemas"]["JobState"] & {
                /**
                 * Format: uri
                 * @description Absolute URL of `downloadExportJob`, set when `jobCode` is "1004".
                 */
                downloadUrl?: string;
            };
        };
        GetImportJobResponse: components["schemas"]["SuccessEnvelope"] & {
            data: components["schemas"]["JobState"] & {
                jobInfo?: components["schemas"]["ImportResult"];
            };
        };
        GetTableMetadataResponse: components["schemas"]["SuccessEnvelope"] & {
            data: {
                columns: components["schemas"]["ColumnMetadata"][];
            };
        };
        GetViewConfig: {
            /** @description Also return the tables and columns the view uses. */
            withInvolvedMetaInfo?: boolean;
        };
        GetViewResponse: components["schemas"]["SuccessEnvelope"] & {
            data: {
                views: {
                    orgId?: string;
                    viewDesc?: string;
                    viewId: string;
                    viewName: string;
                    viewType?: string;
                    workspaceId?: string;
                };
            };
        };
        GetWorkspaceResponse: components["schemas"]["SuccessEnvelope"] & {
            data: {
                workspaces: components["schemas"]["Workspace"];
            };
        };
        ImportDataConfig: components["schemas"]["CsvImportOptions"] & {
            /** @description Let Zoho detect the CSV format. */
            autoIdentify: boolean;
            /** @enum {string} */
            fileType: "csv" | "json";
            importType: components["schemas"]["ImportType"];
            /** @description Required when `importType` is `updateadd`. */
            matchingColumns?: string[];
        };
        ImportDataNewTableConfig: components["schemas"]["CsvImportOptions"] & {
            autoIdentify: boolean;
            /** @enum {string} */
            fileType: "csv" | "json";
            tableName: string;
        };
        ImportDataResponse: components["schemas"]["SuccessEnvelope"] & {
            data: components["schemas"]["ImportResult"];
        };
        /** @description Send exactly one of `FILE` and `DATA`. */
        ImportFile: {
            /** @description The CSV or JSON data as text. */
            DATA?: string;
            /** @description The CSV or JSON file (at most 20 MB). */
            FILE?: string;
        };
        ImportJobFile: {
            /** @description The file (at most 100 MB). */
            FILE: string;
        };
        ImportResult: {
            /** @description Column name → data type name. */
            columnDetails?: {
                [key: string]: string;
            };
            /** @description Description of the rows in error; empty when there were none. */
            importErrors?: string;
            importSummary: components["schemas"]["ImportSummary"];
            /** @description The table imported into (set when the table was created). */
            viewId?: string;
        };
        ImportSummary: {
            /** @description "created" (new table) or "updated". */
            importOperation?: string;
            /** @description In upper case: APPEND, TRUNCATEADD, UPDATEADD. */
            importType?: string;
            selectedColumnCount?: number;
            successRowCount?: number;
            totalColumnCount?: number;
            totalRowCount?: number;
            warnings?: number;
        };
        /**
         * @description `append` adds the rows; `truncateadd` deletes every row first; `updateadd` updates
         *     the rows whose `matchingColumns` match and adds the others. Zoho documents the
         *     lowercase forms; the import summary echoes them in upper case (`APPEND`...).
         * @enum {string}
         */
        ImportType: "append" | "truncateadd" | "updateadd";
        /**
         * @description "1001" not started yet, "1002" running, "1003" failed (still HTTP 200), "1004"
         *     done, "1005" no such job.
         * @enum {string}
         */
        JobCode: "1001" | "1002" | "1003" | "1004" | "1005";
        JobCreatedResponse: components["schemas"]["SuccessEnvelope"] & {
            data: {
                jobId: string;
            };
        };
        JobState: {
            /** @description When the result expires, in milliseconds since the epoch. */
            expiryTime?: string;
            jobCode: components["schemas"]["JobCode"];
            jobId: string;
            /** @description "JOB NOT INITIATED", "JOB IN PROGRESS", "ERROR OCCURRED", "JOB COMPLETED" or "JOB NOT FOUND". */
            jobStatus?: string;
        };
        ListOrganizationsResponse: components["schemas"]["SuccessEnvelope"] & {
            data: {
                orgs: components["schemas"]["Organization"][];
            };
        };
        /** @description All keys optional. Taken from Zoho's own client usage (analytics-mcp-server). */
        ListViewsConfig: {
            /** @description Only views whose name contains this text. */
            keyword?: string;
            /** @description How many views to return. */
            noOfResult?: number;
            /** @description Column to sort by *(values unverified)*. */
            sortedColumn?: number;
            /** @description Sort order *(values unverified)*. */
            sortedOrder?: number;
            /** @description 1-based index of the first view. */
            startIndex?: number;
            /** @description 0 table, 2 chart, 3 pivot table, 4 summary view, 6 query table, 7 dashboard. */
            viewTypes?: (0 | 2 | 3 | 4 | 6 | 7)[];
        };
        ListViewsResponse: components["schemas"]["SuccessEnvelope"] & {
            data: {
                views: components["schemas"]["ViewSummary"][];
            };
        };
        ListWorkspacesResponse: components["schemas"]["SuccessEnvelope"] & {
            data: {
                ownedWorkspaces: components["schemas"]["Workspace"][];
                sharedWorkspaces: components["schemas"]["Workspace"][];
            };
        };
        /**
         * @description `abort` stops the whole import at the first error; `skiprow` skips the faulty
         *     rows; `setcolumnempty` empties the faulty cells and keeps the rows.
         * @enum {string}
         */
        OnImportError: "abort" | "skiprow" | "setcolumnempty";
        Organization: {
            /** @description Email of the creator. */
            createdBy?: string;
            createdByZuId?: string;
            isDefault?: boolean;
            /** @description Spelled this way by Zoho. */
            numberOfworkspaces?: number;
            orgDesc?: string;
            orgId: string;
            orgName?: string;
            planName?: string;
            /** @description E.g. "Account Admin", "User". */
            role?: string;
        };
        RenameColumnConfig: {
            columnName: string;
        };
        RenameViewConfig: {
            viewDesc?: string;
            viewName: string;
        };
        RenameWorkspaceConfig: {
            workspaceName: string;
        };
        /** @enum {string} */
        ResponseFormat: "csv" | "json" | "xml" | "xls" | "pdf" | "html" | "image";
        SuccessEnvelope: {
            /** @constant */
            status: "success";
            /** @description A short name of the action, e.g. "Create table". */
            summary?: string;
        };
        /** @description Give `criteria`, or `updateAllRows: true` to update every row. */
        UpdateRowsConfig: {
            /** @description Add a row when no row matches. Default false. */
            addIfNotExist?: boolean;
            columnDateFormat?: {
                [key: string]: string;
            };
            columns: components["schemas"]["ColumnValues"];
            /** @description SQL-like condition, e.g. "\"Region\"='East'". */
            criteria?: string;
            dateFormat?: string;
            updateAllRows?: boolean;
        };
        UpdateRowsResponse: components["schemas"]["SuccessEnvelope"] & {
            data: {
                invalidColumns?: {
                    [key: string]: unknown;
                };
                updatedColumns?: {
                    [key: string]: string;
                };
                updatedRows: number;
            };
        };
        ViewSummary: {
            createdBy?: string;
            /** @description Milliseconds since the epoch, as a string. */
            createdTime?: string;
            folderId?: string;
            folderName?: string;
            viewDesc?: string;
            viewId: string;
            viewName: string;
            /** @description E.g. "Table"; Zoho's samples show both "TABLE" and "Table". */
            viewType?: string;
        };
        Workspace: {
            /** @description Email of the creator. */
            createdBy?: string;
            /** @description Milliseconds since the epoch, as a string. */
            createdTime?: string;
            isDefault?: boolean;
            orgId?: string;
            workspaceDesc?: string;
            workspaceId: string;
            workspaceName: string;
        };
        WorkspaceListResponse: components["schemas"]["SuccessEnvelope"] & {
            data: {
                workspaces: components["schemas"]["Workspace"][];
            };
        };
    };
    responses: {
        /**
         * @description The exported data, raw. The media type follows `responseFormat`: csv → text/csv,
         *     json → application/json, xml → application/xml, xls → application/vnd.ms-excel,
         *     pdf → application/pdf, html → text/html, image → image/png or image/jpeg.
         *     A client must choose how to parse (e.g. openapi-fetch `parseAs: "text"` for CSV).
         */
        ExportedData: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": unknown;
                "application/pdf": string;
                "application/vnd.ms-excel": string;
                "application/xml": string;
                "image/jpeg": string;
                "image/png": string;
                "text/csv": string;
                "text/html": string;
            };
        };
        /**
         * @description An error, in the failure envelope. Most errors come with HTTP 400; an invalid or
         *     expired token (8535) with 401 *(status unverified)*; a throttled call (6045) with
         *     HTTP 400 or 429 *(status unverified)*.
         */
        Failure: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Failure"];
            };
        };
    };
    parameters: {
        /** @description The column id (from `getTableMetadata` or `addColumn`). */
        ColumnId: string;
        /** @description The job id returned when the job was created. */
        JobId: string;
        /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
        OrgId: string;
        /** @description The organization id. Zoho's own client sends this call without it (Zoho's OpenAPI files mark it required on the workspace lists). */
        OrgIdOptional: string;
        /** @description The view id (for a table, the id returned by `createTable`). */
        ViewId: string;
        /** @description The workspace id. */
        WorkspaceId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createExportJobBySql: {
        parameters: {
            query: {
                CONFIG: string;
            };
            header: {
                /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
                "ZANALYTICS-ORGID": components["parameters"]["OrgId"];
            };
            path: {
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description The job id (a string). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobCreatedResponse"];
                };
            };
        };
    };
    createImportJobNewTable: {
        parameters: {
            query: {
                CONFIG: string;
            };
            header: {
                /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
                "ZANALYTICS-ORGID": components["parameters"]["OrgId"];
            };
            path: {
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportJobFile"];
            };
        };
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description The job id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobCreatedResponse"];
                };
            };
        };
    };
    batchImportNewTable: {
        parameters: {
            query: {
                CONFIG: string;
            };
            header: {
                /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
                "ZANALYTICS-ORGID": components["parameters"]["OrgId"];
            };
            path: {
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportJobFile"];
            };
        };
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description The job id and the key for the next batch. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchImportResponse"];
                };
            };
        };
    };
    getExportJob: {
        parameters: {
            query?: never;
            header: {
                /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
                "ZANALYTICS-ORGID": components["parameters"]["OrgId"];
            };
            path: {
                /** @description The job id returned when the job was created. */
                jobId: components["parameters"]["JobId"];
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description The job state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetExportJobResponse"];
                };
            };
        };
    };
    downloadExportJob: {
        parameters: {
            query?: never;
            header: {
                /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
                "ZANALYTICS-ORGID": components["parameters"]["OrgId"];
            };
            path: {
                /** @description The job id returned when the job was created. */
                jobId: components["parameters"]["JobId"];
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            200: components["responses"]["ExportedData"];
        };
    };
    getImportJob: {
        parameters: {
            query?: never;
            header: {
                /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
                "ZANALYTICS-ORGID": components["parameters"]["OrgId"];
            };
            path: {
                /** @description The job id returned when the job was created. */
                jobId: components["parameters"]["JobId"];
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description The job state (HTTP 200 even when the job failed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetImportJobResponse"];
                };
            };
        };
    };
    createExportJob: {
        parameters: {
            query: {
                CONFIG: string;
            };
            header: {
                /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
                "ZANALYTICS-ORGID": components["parameters"]["OrgId"];
            };
            path: {
                /** @description The view id (for a table, the id returned by `createTable`). */
                viewId: components["parameters"]["ViewId"];
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description The job id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobCreatedResponse"];
                };
            };
        };
    };
    createImportJob: {
        parameters: {
            query: {
                CONFIG: string;
            };
            header: {
                /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
                "ZANALYTICS-ORGID": components["parameters"]["OrgId"];
            };
            path: {
                /** @description The view id (for a table, the id returned by `createTable`). */
                viewId: components["parameters"]["ViewId"];
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportJobFile"];
            };
        };
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description The job id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobCreatedResponse"];
                };
            };
        };
    };
    batchImport: {
        parameters: {
            query: {
                CONFIG: string;
            };
            header: {
                /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
                "ZANALYTICS-ORGID": components["parameters"]["OrgId"];
            };
            path: {
                /** @description The view id (for a table, the id returned by `createTable`). */
                viewId: components["parameters"]["ViewId"];
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportJobFile"];
            };
        };
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description The job id and the key for the next batch. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchImportResponse"];
                };
            };
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
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description The organizations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListOrganizationsResponse"];
                };
            };
        };
    };
    getView: {
        parameters: {
            query?: {
                CONFIG?: string;
            };
            header?: {
                /** @description The organization id. Zoho's own client sends this call without it (Zoho's OpenAPI files mark it required on the workspace lists). */
                "ZANALYTICS-ORGID"?: components["parameters"]["OrgIdOptional"];
            };
            path: {
                /** @description The view id (for a table, the id returned by `createTable`). */
                viewId: components["parameters"]["ViewId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description The view (a single object under the key `views`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetViewResponse"];
                };
            };
        };
    };
    listWorkspaces: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization id. Zoho's own client sends this call without it (Zoho's OpenAPI files mark it required on the workspace lists). */
                "ZANALYTICS-ORGID"?: components["parameters"]["OrgIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description Owned and shared workspaces. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListWorkspacesResponse"];
                };
            };
        };
    };
    createWorkspace: {
        parameters: {
            query?: never;
            header: {
                /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
                "ZANALYTICS-ORGID": components["parameters"]["OrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    CONFIG: string;
                };
            };
        };
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description The id of the new workspace. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateWorkspaceResponse"];
                };
            };
        };
    };
    getWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization id. Zoho's own client sends this call without it (Zoho's OpenAPI files mark it required on the workspace lists). */
                "ZANALYTICS-ORGID"?: components["parameters"]["OrgIdOptional"];
            };
            path: {
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description The workspace (note the singular object under the plural key). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetWorkspaceResponse"];
                };
            };
        };
    };
    renameWorkspace: {
        parameters: {
            query?: never;
            header: {
                /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
                "ZANALYTICS-ORGID": components["parameters"]["OrgId"];
            };
            path: {
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    CONFIG: string;
                };
            };
        };
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description Renamed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteWorkspace: {
        parameters: {
            query?: never;
            header: {
                /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
                "ZANALYTICS-ORGID": components["parameters"]["OrgId"];
            };
            path: {
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    importDataNewTable: {
        parameters: {
            query: {
                CONFIG: string;
            };
            header: {
                /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
                "ZANALYTICS-ORGID": components["parameters"]["OrgId"];
            };
            path: {
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportFile"];
            };
        };
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description The import summary, with the view id of the new table. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportDataResponse"];
                };
            };
        };
    };
    createTable: {
        parameters: {
            query?: never;
            header: {
                /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
                "ZANALYTICS-ORGID": components["parameters"]["OrgId"];
            };
            path: {
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    CONFIG: string;
                };
            };
        };
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description The view id of the new table. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTableResponse"];
                };
            };
        };
    };
    listViews: {
        parameters: {
            query?: {
                CONFIG?: string;
            };
            header: {
                /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
                "ZANALYTICS-ORGID": components["parameters"]["OrgId"];
            };
            path: {
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description The views. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListViewsResponse"];
                };
            };
        };
    };
    renameView: {
        parameters: {
            query?: never;
            header: {
                /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
                "ZANALYTICS-ORGID": components["parameters"]["OrgId"];
            };
            path: {
                /** @description The view id (for a table, the id returned by `createTable`). */
                viewId: components["parameters"]["ViewId"];
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    CONFIG: string;
                };
            };
        };
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description Renamed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteView: {
        parameters: {
            query?: never;
            header: {
                /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
                "ZANALYTICS-ORGID": components["parameters"]["OrgId"];
            };
            path: {
                /** @description The view id (for a table, the id returned by `createTable`). */
                viewId: components["parameters"]["ViewId"];
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    CONFIG?: string;
                };
            };
        };
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description Moved to the trash. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    addColumn: {
        parameters: {
            query?: never;
            header: {
                /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
                "ZANALYTICS-ORGID": components["parameters"]["OrgId"];
            };
            path: {
                /** @description The view id (for a table, the id returned by `createTable`). */
                viewId: components["parameters"]["ViewId"];
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    CONFIG: string;
                };
            };
        };
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description The id of the new column. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddColumnResponse"];
                };
            };
        };
    };
    renameColumn: {
        parameters: {
            query?: never;
            header: {
                /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
                "ZANALYTICS-ORGID": components["parameters"]["OrgId"];
            };
            path: {
                /** @description The column id (from `getTableMetadata` or `addColumn`). */
                columnId: components["parameters"]["ColumnId"];
                /** @description The view id (for a table, the id returned by `createTable`). */
                viewId: components["parameters"]["ViewId"];
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    CONFIG: string;
                };
            };
        };
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description Renamed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteColumn: {
        parameters: {
            query?: never;
            header: {
                /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
                "ZANALYTICS-ORGID": components["parameters"]["OrgId"];
            };
            path: {
                /** @description The column id (from `getTableMetadata` or `addColumn`). */
                columnId: components["parameters"]["ColumnId"];
                /** @description The view id (for a table, the id returned by `createTable`). */
                viewId: components["parameters"]["ViewId"];
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": {
                    CONFIG?: string;
                };
            };
        };
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    exportData: {
        parameters: {
            query: {
                CONFIG: string;
            };
            header: {
                /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
                "ZANALYTICS-ORGID": components["parameters"]["OrgId"];
            };
            path: {
                /** @description The view id (for a table, the id returned by `createTable`). */
                viewId: components["parameters"]["ViewId"];
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            200: components["responses"]["ExportedData"];
        };
    };
    importData: {
        parameters: {
            query: {
                CONFIG: string;
            };
            header: {
                /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
                "ZANALYTICS-ORGID": components["parameters"]["OrgId"];
            };
            path: {
                /** @description The view id (for a table, the id returned by `createTable`). */
                viewId: components["parameters"]["ViewId"];
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImportFile"];
            };
        };
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description The import summary. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportDataResponse"];
                };
            };
        };
    };
    getTableMetadata: {
        parameters: {
            query?: never;
            header: {
                /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
                "ZANALYTICS-ORGID": components["parameters"]["OrgId"];
            };
            path: {
                /** @description The view id (for a table, the id returned by `createTable`). */
                viewId: components["parameters"]["ViewId"];
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description The columns and their attributes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTableMetadataResponse"];
                };
            };
        };
    };
    updateRows: {
        parameters: {
            query?: never;
            header: {
                /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
                "ZANALYTICS-ORGID": components["parameters"]["OrgId"];
            };
            path: {
                /** @description The view id (for a table, the id returned by `createTable`). */
                viewId: components["parameters"]["ViewId"];
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    CONFIG: string;
                };
            };
        };
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description The columns set and the number of rows updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateRowsResponse"];
                };
            };
        };
    };
    addRow: {
        parameters: {
            query?: never;
            header: {
                /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
                "ZANALYTICS-ORGID": components["parameters"]["OrgId"];
            };
            path: {
                /** @description The view id (for a table, the id returned by `createTable`). */
                viewId: components["parameters"]["ViewId"];
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    CONFIG: string;
                };
            };
        };
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description The values added, by column name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddRowResponse"];
                };
            };
        };
    };
    deleteRows: {
        parameters: {
            query?: never;
            header: {
                /** @description The organization id (`orgId` from `listOrganizations`). Missing → error 8083. */
                "ZANALYTICS-ORGID": components["parameters"]["OrgId"];
            };
            path: {
                /** @description The view id (for a table, the id returned by `createTable`). */
                viewId: components["parameters"]["ViewId"];
                /** @description The workspace id. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    CONFIG: string;
                };
            };
        };
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description The number of rows deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteRowsResponse"];
                };
            };
        };
    };
    listOwnedWorkspaces: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization id. Zoho's own client sends this call without it (Zoho's OpenAPI files mark it required on the workspace lists). */
                "ZANALYTICS-ORGID"?: components["parameters"]["OrgIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description Owned workspaces. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceListResponse"];
                };
            };
        };
    };
    listSharedWorkspaces: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organization id. Zoho's own client sends this call without it (Zoho's OpenAPI files mark it required on the workspace lists). */
                "ZANALYTICS-ORGID"?: components["parameters"]["OrgIdOptional"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            "4XX": components["responses"]["Failure"];
            "5XX": components["responses"]["Failure"];
            /** @description Shared workspaces. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceListResponse"];
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
  {"method":"GET","path":"/restapi/v2/bulk/workspaces/{workspaceId}/data","operationId":"createExportJobBySql","query":[{"name":"CONFIG","required":true,"type":"string"}],"listKeys":[]},
  {"method":"POST","path":"/restapi/v2/bulk/workspaces/{workspaceId}/data","operationId":"createImportJobNewTable","query":[{"name":"CONFIG","required":true,"type":"string"}],"listKeys":[],"body":{"required":true,"type":"other","requiredProperties":[],"arrays":[]}},
  {"method":"POST","path":"/restapi/v2/bulk/workspaces/{workspaceId}/data/batch","operationId":"batchImportNewTable","query":[{"name":"CONFIG","required":true,"type":"string"}],"listKeys":[],"body":{"required":true,"type":"other","requiredProperties":[],"arrays":[]}},
  {"method":"GET","path":"/restapi/v2/bulk/workspaces/{workspaceId}/exportjobs/{jobId}","operationId":"getExportJob","query":[],"listKeys":[]},
  {"method":"GET","path":"/restapi/v2/bulk/workspaces/{workspaceId}/exportjobs/{jobId}/data","operationId":"downloadExportJob","query":[],"listKeys":[]},
  {"method":"GET","path":"/restapi/v2/bulk/workspaces/{workspaceId}/importjobs/{jobId}","operationId":"getImportJob","query":[],"listKeys":[]},
  {"method":"GET","path":"/restapi/v2/bulk/workspaces/{workspaceId}/views/{viewId}/data","operationId":"createExportJob","query":[{"name":"CONFIG","required":true,"type":"string"}],"listKeys":[]},
  {"method":"POST","path":"/restapi/v2/bulk/workspaces/{workspaceId}/views/{viewId}/data","operationId":"createImportJob","query":[{"name":"CONFIG","required":true,"type":"string"}],"listKeys":[],"body":{"required":true,"type":"other","requiredProperties":[],"arrays":[]}},
  {"method":"POST","path":"/restapi/v2/bulk/workspaces/{workspaceId}/views/{viewId}/data/batch","operationId":"batchImport","query":[{"name":"CONFIG","required":true,"type":"string"}],"listKeys":[],"body":{"required":true,"type":"other","requiredProperties":[],"arrays":[]}},
  {"method":"GET","path":"/restapi/v2/orgs","operationId":"listOrganizations","query":[],"listKeys":[]},
  {"method":"GET","path":"/restapi/v2/views/{viewId}","operationId":"getView","query":[{"name":"CONFIG","required":false,"type":"string"}],"listKeys":[]},
  {"method":"GET","path":"/restapi/v2/workspaces","operationId":"listWorkspaces","query":[],"listKeys":[]},
  {"method":"POST","path":"/restapi/v2/workspaces","operationId":"createWorkspace","query":[],"listKeys":[],"body":{"required":true,"type":"other","requiredProperties":[],"arrays":[]}},
  {"method":"GET","path":"/restapi/v2/workspaces/owned","operationId":"listOwnedWorkspaces","query":[],"listKeys":[]},
  {"method":"GET","path":"/restapi/v2/workspaces/shared","operationId":"listSharedWorkspaces","query":[],"listKeys":[]},
  {"method":"DELETE","path":"/restapi/v2/workspaces/{workspaceId}","operationId":"deleteWorkspace","query":[],"listKeys":[]},
  {"method":"GET","path":"/restapi/v2/workspaces/{workspaceId}","operationId":"getWorkspace","query":[],"listKeys":[]},
  {"method":"PUT","path":"/restapi/v2/workspaces/{workspaceId}","operationId":"renameWorkspace","query":[],"listKeys":[],"body":{"required":true,"type":"other","requiredProperties":[],"arrays":[]}},
  {"method":"POST","path":"/restapi/v2/workspaces/{workspaceId}/data","operationId":"importDataNewTable","query":[{"name":"CONFIG","required":true,"type":"string"}],"listKeys":[],"body":{"required":true,"type":"other","requiredProperties":[],"arrays":[]}},
  {"method":"POST","path":"/restapi/v2/workspaces/{workspaceId}/tables","operationId":"createTable","query":[],"listKeys":[],"body":{"required":true,"type":"other","requiredProperties":[],"arrays":[]}},
  {"method":"GET","path":"/restapi/v2/workspaces/{workspaceId}/views","operationId":"listViews","query":[{"name":"CONFIG","required":false,"type":"string"}],"listKeys":[]},
  {"method":"DELETE","path":"/restapi/v2/workspaces/{workspaceId}/views/{viewId}","operationId":"deleteView","query":[],"listKeys":[],"body":{"required":false,"type":"other","requiredProperties":[],"arrays":[]}},
  {"method":"PUT","path":"/restapi/v2/workspaces/{workspaceId}/views/{viewId}","operationId":"renameView","query":[],"listKeys":[],"body":{"required":true,"type":"other","requiredProperties":[],"arrays":[]}},
  {"method":"POST","path":"/restapi/v2/workspaces/{workspaceId}/views/{viewId}/columns","operationId":"addColumn","query":[],"listKeys":[],"body":{"required":true,"type":"other","requiredProperties":[],"arrays":[]}},
  {"method":"DELETE","path":"/restapi/v2/workspaces/{workspaceId}/views/{viewId}/columns/{columnId}","operationId":"deleteColumn","query":[],"listKeys":[],"body":{"required":false,"type":"other","requiredProperties":[],"arrays":[]}},
  {"method":"PUT","path":"/restapi/v2/workspaces/{workspaceId}/views/{viewId}/columns/{columnId}","operationId":"renameColumn","query":[],"listKeys":[],"body":{"required":true,"type":"other","requiredProperties":[],"arrays":[]}},
  {"method":"GET","path":"/restapi/v2/workspaces/{workspaceId}/views/{viewId}/data","operationId":"exportData","query":[{"name":"CONFIG","required":true,"type":"string"}],"listKeys":[]},
  {"method":"POST","path":"/restapi/v2/workspaces/{workspaceId}/views/{viewId}/data","operationId":"importData","query":[{"name":"CONFIG","required":true,"type":"string"}],"listKeys":[],"body":{"required":true,"type":"other","requiredProperties":[],"arrays":[]}},
  {"method":"GET","path":"/restapi/v2/workspaces/{workspaceId}/views/{viewId}/metadata","operationId":"getTableMetadata","query":[],"listKeys":[]},
  {"method":"DELETE","path":"/restapi/v2/workspaces/{workspaceId}/views/{viewId}/rows","operationId":"deleteRows","query":[],"listKeys":[],"body":{"required":true,"type":"other","requiredProperties":[],"arrays":[]}},
  {"method":"POST","path":"/restapi/v2/workspaces/{workspaceId}/views/{viewId}/rows","operationId":"addRow","query":[],"listKeys":[],"body":{"required":true,"type":"other","requiredProperties":[],"arrays":[]}},
  {"method":"PUT","path":"/restapi/v2/workspaces/{workspaceId}/views/{viewId}/rows","operationId":"updateRows","query":[],"listKeys":[],"body":{"required":true,"type":"other","requiredProperties":[],"arrays":[]}},
];
