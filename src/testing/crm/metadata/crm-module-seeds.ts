import type { FieldSeed } from './crm-fields.js';

/**
 * The standard modules of a fresh Zoho CRM org, with the fields, mandatory flags and pick
 * lists Zoho ships by default (Setup → Developer Space → APIs → API names). Custom fields can
 * be added at run time with `sim.crm.addField()`.
 */
export interface ModuleSeed {
  api_name: string;
  singular: string;
  plural: string;
  /** The field whose value names a record in lookups (`{ id, name }`). */
  display: string;
  /** Zoho's system-defined duplicate check fields, used by upsert when none are given. */
  duplicateCheck: readonly string[];
  /** For subform modules (line items): the module that holds them. */
  parent?: string;
  fields: readonly FieldSeed[];
  relatedLists: readonly string[];
}

const NONE = '-None-';
const SALUTATION = [NONE, 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.'];
const LEAD_SOURCE = [NONE, 'Advertisement', 'Cold Call', 'Employee Referral', 'External Referral', 'Online Store', 'Partner', 'Public Relations', 'Sales Email Alias', 'Seminar Partner', 'Internal Seminar', 'Trade Show', 'Web Download', 'Web Research', 'Chat', 'X (Twitter)', 'Facebook'];
const INDUSTRY = [NONE, 'ASP (Application Service Provider)', 'Data/Telecom OEM', 'ERP (Enterprise Resource Planning)', 'Government/Military', 'Large Enterprise', 'ManagementISV', 'MSP (Management Service Provider)', 'Network Equipment Enterprise', 'Non-management ISV', 'Optical Networking', 'Service Provider', 'Small/Medium Enterprise', 'Storage Equipment', 'Storage Service Provider', 'Systems Integrator', 'Wireless Industry'];
const RATING = [NONE, 'Acquired', 'Active', 'Market Failed', 'Project Cancelled', 'Shut Down'];
const CARRIER = [NONE, 'FedEX', 'UPS', 'USPS', 'DHL', 'BlueDart'];
const ORDER_STATUS = ['Created', 'Approved', 'Delivered', 'Cancelled'];

const owner: FieldSeed = ['Owner', 'ownerlookup', { label: 'Record Owner' }];
const system: readonly FieldSeed[] = [
  ['Created_By', 'ownerlookup', { readOnly: true }],
  ['Modified_By', 'ownerlookup', { readOnly: true }],
  ['Created_Time', 'datetime', { readOnly: true }],
  ['Modified_Time', 'datetime', { readOnly: true }],
  ['Tag', 'jsonarray', { readOnly: true }],
];
const description: FieldSeed = ['Description', 'textarea', { section: 'Description Information' }];

function address(prefix: string, codeName = 'Code'): FieldSeed[] {
  const section = 'Address Information';
  return [
    [`${prefix}_Street`, 'text', { length: 250, section }],
    [`${prefix}_City`, 'text', { length: 100, section }],
    [`${prefix}_State`, 'text', { length: 100, section }],
    [`${prefix}_${codeName}`, 'text', { length: 30, section }],
    [`${prefix}_Country`, 'text', { length: 100, section }],
  ];
}

/** The four inventory modules share these fields; only the subform name differs. */
function inventory(subform: string, extra: readonly FieldSeed[], accountMandatory: boolean): FieldSeed[] {
  return [
    owner,
    ['Subject', 'text', { mandatory: true, length: 255 }],
    ...extra,
    ['Contact_Name', 'lookup', { lookup: 'Contacts' }],
    ['Account_Name', 'lookup', { lookup: 'Accounts', mandatory: accountMandatory }],
    ['Carrier', 'picklist', { pickList: CARRIER }],
    ...address('Billing'),
    ...address('Shipping'),
    [subform, 'subform', { subform, mandatory: true, section: 'Product Details', label: 'Product Details' }],
    ['Sub_Total', 'currency', { readOnly: true, section: 'Product Details' }],
    ['Discount', 'currency', { section: 'Product Details' }],
    ['Tax', 'currency', { readOnly: true, section: 'Product Details' }],
    ['Adjustment', 'currency', { section: 'Product Details' }],
    ['Grand_Total', 'currency', { readOnly: true, section: 'Product Details' }],
    ['$line_tax', 'jsonarray', { section: 'Product Details', label: 'Tax Details' }],
    ['Terms_and_Conditions', 'textarea', { section: 'Terms and Conditions' }],
    description,
    ...system,
  ];
}

/** The fields of one line item (Zoho's inventory subform rows). */
const LINE_ITEM_FIELDS: readonly FieldSeed[] = [
  ['Product_Name', 'lookup', { lookup: 'Products', mandatory: true }],
  ['Quantity', 'double', { mandatory: true }],
  ['List_Price', 'currency'],
  ['Unit_Price', 'currency', { readOnly: true }],
  ['Discount', 'currency'],
  ['Total', 'currency', { readOnly: true, label: 'Amount' }],
  ['Total_After_Discount', 'currency', { readOnly: true }],
  ['Tax', 'currency', { readOnly: true }],
  ['Line_Tax', 'jsonarray'],
  ['Net_Total', 'currency', { readOnly: true, label: 'Total' }],
  ['Description', 'textarea', { length: 2000 }],
  ['Sequence_Number', 'integer'],
];

function lineItems(api_name: string, parent: string): ModuleSeed {
  return { api_name, singular: api_name, plural: api_name, display: 'Product_Name', duplicateCheck: [], parent, fields: LINE_ITEM_FIELDS, relatedLists: [] };
}

export const MODULE_SEEDS: readonly ModuleSeed[] = [
  {
    api_name: 'Leads', singular: 'Lead', plural: 'Leads', display: 'Full_Name', duplicateCheck: ['Email'],
    relatedLists: ['Notes', 'Attachments', 'Tasks'],
    fields: [
      owner,
      ['Salutation', 'picklist', { pickList: SALUTATION }],
      ['First_Name', 'text', { length: 40 }],
      ['Last_Name', 'text', { mandatory: true, length: 80 }],
      ['Full_Name', 'text', { readOnly: true }],
      ['Company', 'text', { length: 200 }],
      ['Designation', 'text', { length: 100, label: 'Title' }],
      ['Email', 'email'],
      ['Secondary_Email', 'email'],
      ['Phone', 'phone'],
      ['Mobile', 'phone'],
      ['Fax', 'phone'],
      ['Website', 'website'],
      ['Lead_Source', 'picklist', { pickList: LEAD_SOURCE }],
      ['Lead_Status', 'picklist', { pickList: [NONE, 'Attempted to Contact', 'Contact in Future', 'Contacted', 'Junk Lead', 'Lost Lead', 'Not Contacted', 'Pre-Qualified', 'Not Qualified'] }],
      ['Industry', 'picklist', { pickList: INDUSTRY }],
      ['No_of_Employees', 'integer'],
      ['Annual_Revenue', 'currency'],
      ['Rating', 'picklist', { pickList: RATING }],
      ['Email_Opt_Out', 'boolean'],
      ['Skype_ID', 'text', { length: 50 }],
      ['Twitter', 'text', { length: 50 }],
      ['Street', 'text', { length: 250, section: 'Address Information' }],
      ['City', 'text', { length: 100, section: 'Address Information' }],
      ['State', 'text', { length: 100, section: 'Address Information' }],
      ['Zip_Code', 'text', { length: 30, section: 'Address Information' }],
      ['Country', 'text', { length: 100, section: 'Address Information' }],
      description,
      ...system,
    ],
  },
  {
    api_name: 'Contacts', singular: 'Contact', plural: 'Contacts', display: 'Full_Name', duplicateCheck: ['Email'],
    relatedLists: ['Deals', 'Notes', 'Attachments', 'Tasks', 'Quotes', 'Sales_Orders', 'Invoices', 'Purchase_Orders'],
    fields: [
      owner,
      ['Salutation', 'picklist', { pickList: SALUTATION }],
      ['First_Name', 'text', { length: 40 }],
      ['Last_Name', 'text', { mandatory: true, length: 80 }],
      ['Full_Name', 'text', { readOnly: true }],
      ['Account_Name', 'lookup', { lookup: 'Accounts' }],
      ['Email', 'email'],
      ['Secondary_Email', 'email'],
      ['Phone', 'phone'],
      ['Mobile', 'phone'],
      ['Home_Phone', 'phone'],
      ['Title', 'text', { length: 100 }],
      ['Department', 'text', { length: 100 }],
      ['Date_of_Birth', 'date'],
      ['Lead_Source', 'picklist', { pickList: LEAD_SOURCE }],
      ['Reporting_To', 'lookup', { lookup: 'Contacts' }],
      ['Email_Opt_Out', 'boolean'],
      ...address('Mailing', 'Zip'),
      description,
      ...system,
    ],
  },
  {
    api_name: 'Accounts', singular: 'Account', plural: 'Accounts', display: 'Account_Name', duplicateCheck: ['Account_Name'],
    relatedLists: ['Contacts', 'Deals', 'Notes', 'Attachments', 'Tasks', 'Quotes', 'Sales_Orders', 'Invoices'],
    fields: [
      owner,
      ['Account_Name', 'text', { mandatory: true, length: 200 }],
      ['Account_Number', 'text', { length: 40 }],
      ['Account_Site', 'text', { length: 80 }],
      ['Parent_Account', 'lookup', { lookup: 'Accounts' }],
      ['Account_Type', 'picklist', { pickList: [NONE, 'Analyst', 'Competitor', 'Customer', 'Distributor', 'Integrator', 'Investor', 'Other', 'Partner', 'Press', 'Prospect', 'Reseller', 'Supplier', 'Vendor'] }],
      ['Industry', 'picklist', { pickList: INDUSTRY }],
      ['Annual_Revenue', 'currency'],
      ['Employees', 'integer'],
      ['Ownership', 'picklist', { pickList: [NONE, 'Other', 'Private', 'Public', 'Subsidiary', 'Partnership', 'Government', 'Privately Held', 'Public Company'] }],
      ['Phone', 'phone'],
      ['Fax', 'phone'],
      ['Website', 'website'],
      ['Ticker_Symbol', 'text', { length: 30 }],
      ['Rating', 'picklist', { pickList: RATING }],
      ['SIC_Code', 'integer'],
      ...address('Billing'),
      ...address('Shipping'),
      description,
      ...system,
    ],
  },
  {
    api_name: 'Deals', singular: 'Deal', plural: 'Deals', display: 'Deal_Name', duplicateCheck: ['Deal_Name'],
    relatedLists: ['Contacts', 'Notes', 'Attachments', 'Tasks', 'Quotes', 'Sales_Orders'],
    fields: [
      owner,
      ['Deal_Name', 'text', { mandatory: true, length: 120 }],
      ['Amount', 'currency'],
      ['Closing_Date', 'date', { mandatory: true }],
      ['Stage', 'picklist', { mandatory: true, pickList: ['Qualification', 'Needs Analysis', 'Value Proposition', 'Identify Decision Makers', 'Proposal/Price Quote', 'Negotiation/Review', 'Closed Won', 'Closed Lost', 'Closed-Lost to Competition'] }],
      ['Account_Name', 'lookup', { lookup: 'Accounts' }],
      ['Contact_Name', 'lookup', { lookup: 'Contacts' }],
      ['Type', 'picklist', { pickList: [NONE, 'Existing Business', 'New Business'] }],
      ['Probability', 'percent'],
      ['Expected_Revenue', 'formula'],
      ['Next_Step', 'text', { length: 100 }],
      ['Lead_Source', 'picklist', { pickList: LEAD_SOURCE }],
      description,
      ...system,
    ],
  },
  {
    api_name: 'Products', singular: 'Product', plural: 'Products', display: 'Product_Name', duplicateCheck: ['Product_Name'],
    relatedLists: ['Notes', 'Attachments', 'Quotes', 'Sales_Orders', 'Invoices', 'Purchase_Orders'],
    fields: [
      ['Owner', 'ownerlookup', { label: 'Product Owner' }],
      ['Product_Name', 'text', { mandatory: true, length: 120 }],
      ['Product_Code', 'text', { length: 40 }],
      ['Product_Active', 'boolean'],
      ['Product_Category', 'picklist', { pickList: [NONE, 'Hardware', 'Software', 'CRM Applications'] }],
      ['Manufacturer', 'picklist', { pickList: [NONE, 'AltvetPet Inc.', 'LexPro Corp.', 'MetBeat Corp.'] }],
      ['Unit_Price', 'currency', { section: 'Price Information' }],
      ['Commission_Rate', 'currency', { section: 'Price Information' }],
      ['Tax', 'multiselectpicklist', { pickList: ['Sales Tax', 'Vat', 'Service Tax'], section: 'Price Information' }],
      ['Taxable', 'boolean', { section: 'Price Information' }],
      ['Usage_Unit', 'picklist', { pickList: ['Box', 'Carton', 'Dozen', 'Each', 'Hours', 'Impressions', 'Lb', 'M', 'Pack', 'Pages', 'Pieces', 'Quantity', 'Reams', 'Sheet', 'Spiral Binder', 'Sq Ft'], section: 'Stock Information' }],
      ['Qty_in_Stock', 'double', { section: 'Stock Information' }],
      ['Qty_Ordered', 'double', { section: 'Stock Information' }],
      ['Reorder_Level', 'double', { section: 'Stock Information' }],
      ['Sales_Start_Date', 'date'],
      ['Sales_End_Date', 'date'],
      description,
      ...system,
    ],
  },
  {
    api_name: 'Quotes', singular: 'Quote', plural: 'Quotes', display: 'Subject', duplicateCheck: ['Subject'],
    relatedLists: ['Notes', 'Attachments', 'Sales_Orders'],
    fields: inventory('Quoted_Items', [
      ['Deal_Name', 'lookup', { lookup: 'Deals' }],
      ['Quote_Stage', 'picklist', { pickList: ['Draft', 'Negotiation', 'Delivered', 'On Hold', 'Confirmed', 'Closed Won', 'Closed Lost'] }],
      ['Valid_Till', 'date'],
    ], true),
  },
  {
    api_name: 'Sales_Orders', singular: 'Sales Order', plural: 'Sales Orders', display: 'Subject', duplicateCheck: ['Subject'],
    relatedLists: ['Notes', 'Attachments', 'Invoices'],
    fields: inventory('Ordered_Items', [
      ['Deal_Name', 'lookup', { lookup: 'Deals' }],
      ['Quote_Name', 'lookup', { lookup: 'Quotes' }],
      ['Customer_No', 'text', { length: 50 }],
      ['Purchase_Order', 'text', { length: 100 }],
      ['Due_Date', 'date'],
      ['Status', 'picklist', { pickList: ORDER_STATUS }],
      ['Excise_Duty', 'currency'],
      ['Sales_Commission', 'currency'],
    ], true),
  },
  {
    api_name: 'Invoices', singular: 'Invoice', plural: 'Invoices', display: 'Subject', duplicateCheck: ['Subject'],
    relatedLists: ['Notes', 'Attachments'],
    fields: inventory('Invoiced_Items', [
      ['Deal_Name', 'lookup', { lookup: 'Deals' }],
      ['Sales_Order', 'lookup', { lookup: 'Sales_Orders' }],
      ['Invoice_Date', 'date'],
      ['Due_Date', 'date'],
      ['Purchase_Order', 'text', { length: 100 }],
      ['Status', 'picklist', { pickList: ORDER_STATUS }],
      ['Excise_Duty', 'currency'],
      ['Sales_Commission', 'currency'],
    ], true),
  },
  {
    api_name: 'Purchase_Orders', singular: 'Purchase Order', plural: 'Purchase Orders', display: 'Subject', duplicateCheck: ['Subject'],
    relatedLists: ['Notes', 'Attachments'],
    // Zoho also makes Vendor_Name mandatory here; the Vendors module is not simulated.
    fields: inventory('Purchase_Items', [
      ['PO_Number', 'text', { length: 100 }],
      ['PO_Date', 'date'],
      ['Due_Date', 'date'],
      ['Requisition_No', 'text', { length: 100 }],
      ['Tracking_Number', 'text', { length: 100 }],
      ['Status', 'picklist', { pickList: ORDER_STATUS }],
      ['Excise_Duty', 'currency'],
      ['Sales_Commission', 'currency'],
    ], false),
  },
  {
    api_name: 'Tasks', singular: 'Task', plural: 'Tasks', display: 'Subject', duplicateCheck: [],
    relatedLists: ['Notes', 'Attachments'],
    fields: [
      ['Owner', 'ownerlookup', { label: 'Task Owner' }],
      ['Subject', 'text', { mandatory: true, length: 300 }],
      ['Due_Date', 'date'],
      ['Status', 'picklist', { pickList: ['Not Started', 'Deferred', 'In Progress', 'Completed', 'Waiting for input'] }],
      ['Priority', 'picklist', { pickList: ['High', 'Highest', 'Low', 'Lowest', 'Normal'] }],
      ['What_Id', 'lookup', { label: 'Related To' }],
      ['Who_Id', 'lookup', { lookup: 'Contacts', label: 'Contact Name' }],
      ['Send_Notification_Email', 'boolean'],
      ['Closed_Time', 'datetime', { readOnly: true }],
      description,
      ...system,
    ],
  },
  {
    api_name: 'Notes', singular: 'Note', plural: 'Notes', display: 'Note_Title', duplicateCheck: [],
    relatedLists: [],
    fields: [
      owner,
      ['Note_Title', 'text', { length: 120 }],
      ['Note_Content', 'textarea', { mandatory: true }],
      ['Parent_Id', 'lookup', { mandatory: true, label: 'Parent ID' }],
      ...system,
    ],
  },
  lineItems('Quoted_Items', 'Quotes'),
  lineItems('Ordered_Items', 'Sales_Orders'),
  lineItems('Invoiced_Items', 'Invoices'),
  lineItems('Purchase_Items', 'Purchase_Orders'),
];
