/**
 * English texts of what the pane shows before any step but Data is opened: the header, the tabs, the Data step,
 * the saved-scheme offer, the requirements, error messages and notes. The first part of the English catalog
 * (en-US.ts puts it together with en-US-steps.ts), and the only one in the pane's first script (issue 16).
 */
export const enUSFirst = {
  app: {
    title: "TierLadder",
    language: "Language",
    languages: { "en-US": "English", "zh-CN": "中文 (简体)" },
    help: "Help",
    helpLabel: "Help (opens in a new window)",
    tabsLabel: "TierLadder steps",
    unexpected: "Something went wrong: {{message}}",
    unexpectedAction: "Try again. If it keeps happening, reload the add-in.",
    loadingStep: "Loading {{step}}…",
    loadFailedTitle: "{{step}} could not be loaded",
    loadFailed: "Check the network connection, then reload the add-in.",
  },
  tabs: { data: "Data", tiers: "Tiers", write: "Write", ladder: "Ladder", tasks: "Tasks", reps: "Reps" },
  scheme: {
    savedTitle: "Saved scheme found",
    savedBody: "This workbook has a saved scheme ({{method}}, {{tiers}} tiers).",
    rerun: "Re-run on selection",
    dismiss: "Dismiss",
    restored: "The saved scheme is in use. Check the Tiers tab, then write.",
    noSavedTitle: "No saved scheme yet",
    noSaved:
      "This workbook has no saved tiering scheme, so there is nothing to re-run. Tier your list on the Tiers tab and write it once; after that, Re-run scheme repeats it on the current selection.",
    rerunning: "Re-running the saved scheme on the current selection…",
  },
  data: {
    heading: "Data",
    intro: "Select your customer list (or order list) in the sheet, then press Use selection.",
    useSelection: "Use selection",
    follow: "Follow selection changes",
    readFrom: "Read from {{address}}",
    counts: "{{rows}} rows, {{customers}} customers",
    tableNote: "Excel table {{name}}: the whole table was read.",
    hiddenRows: "{{count}} hidden or filtered rows",
    leaveOutHidden: "Leave out hidden and filtered rows",
    columns: "Columns",
    columnRole: "Role of column “{{header}}”",
    kind: "Contents: {{kind}}",
    guessed: "guessed: {{role}}",
    listKind: "The selection is",
    customerList: "a customer list (one row per customer)",
    orderList: "an order list (one row per order)",
    orderListHint: "Orders are added up to one row per customer.",
    asOf: "As-of date for recency",
    asOfHint: "Recency is counted in days up to this date.",
    empty: "Nothing read yet.",
    reading: "Reading the selection…",
    history: {
      heading: "Order history",
      intro:
        "Join the orders to this customer list: each customer gets total order value, orders, first and last order date and more, for lifecycle, behaviour and any other method.",
      add: "Add order history",
      pickHint:
        "Select the order list (on any sheet, header row included: one row per order with customer, amount and date), then press Use as order history.",
      use: "Use as order history",
      cancel: "Cancel",
      remove: "Remove order history",
      reading: "Reading the order history…",
      readFrom: "Order history from {{address}}",
      counts: "{{lines}} order lines; {{matched}} of {{customers}} customers have orders.",
      customerColumn: "Customer column of the orders",
      amountColumn: "Amount column",
      dateColumn: "Order date column",
      noColumn: "(choose a column)",
      unmatched: "{{count}} customers in the orders are not in the customer list:",
      unmatchedItem: "{{customer}} (rows {{rows}})",
      addUnmatched: "Add them to the customer list",
      noOrders: "{{count}} customers of the list have no orders (they are graded Never purchased):",
      noOrdersItem: "{{customer}} (row {{row}})",
      more: "and {{count}} more",
      orderIssues: "{{count}} order lines were left out (no customer, amount or date):",
      columns: {
        value: "Total order value",
        orders: "Orders",
        firstDate: "First order date",
        lastDate: "Last order date",
        recency: "Days since last order",
        averageValue: "Average order value",
        recentOrders: "Orders in the last {{days}} days",
      },
    },
  },
  kinds: { number: "numbers", text: "text", date: "dates", mixed: "mixed", empty: "empty" },
  roles: {
    customer: "Customer",
    value: "Value (sales)",
    date: "Date",
    region: "Region",
    rep: "Sales rep",
    segment: "Customer type",
    stage: "Stage",
    quantity: "Quantity",
    product: "Product",
    frequency: "Frequency (orders)",
    recency: "Recency (days)",
    other: "Other (not used)",
  },
  methods: {
    "rank-share": "Rank share (20/30/50 of customers)",
    "value-share": "Pareto (80/15/5 of value)",
    thresholds: "Thresholds",
    computed: "Computed ABC (data-driven cut-offs)",
    breaks: "Natural breaks",
    score: "Weighted score",
    rfm: "RFM segments",
    rules: "Rules (categories and ranges)",
    lifecycle: "Lifecycle (new / active / at risk / lost)",
    behaviour: "Behaviour (frequent / occasional / never)",
  },
  requirements: {
    tooOldTitle: "This Excel is too old for TierLadder",
    tooOld:
      "TierLadder needs version {{version}} of the Excel JavaScript API (Excel 2019 or later, Microsoft 365, Excel on the web or on Mac). This Excel does not have it, so TierLadder cannot read or write the workbook here.",
    limitedTitle: "Some features are not available in this Excel",
    dismiss: "Dismiss",
    features: {
      movement: "Tier movement between runs is not tracked (needs Excel JavaScript API 1.5).",
      tierColours: "Tier colours are left out (needs API 1.6).",
      statusLists: "The task status drop-down lists are left out (needs API 1.8).",
      paretoFunnelCharts: "Pareto and funnel charts are drawn as column and bar charts (needs API 1.9).",
      printLayout: "The summary prints without its print area and fit to one page (needs API 1.9).",
      tablesInSelection:
        "A selection inside an Excel table reads only the selected cells, not the whole table (needs API 1.9).",
      tableResize: "On a re-run the task table is created again instead of resized (needs API 1.13).",
    },
  },
  errors: {
    generic: "{{message}}",
    hostTitle: "Excel could not do that",
    readTitle: "Could not read the selection",
    readAction: "Select the cells of your list, header row included, then press Use selection again.",
    writeTitle: "Could not write to the workbook",
    selectAction: "Use the selection again on the Data tab, then try once more.",
    inputTitle: "Check your input",
    action: "Fix the input above and try again.",
    pipelineNoStage: "The selection has no Stage column. Select the pipeline with a header row and a Stage column.",
    noHeaderRow: "Tier columns need a header row above the data. Select the data with its header row.",
    ladderIncomplete: "Fix the ladder on the Ladder tab first.",
    tasksIncomplete: "Preview tiers, then check the Tasks tab first.",
    nothingToWrite: "Choose at least one output.",
    repsNoRepColumn: "This tab works per sales rep: give one column the role Sales rep on the Data tab.",
    historyColumnsMissing:
      "The order history ({{address}}) needs a Customer, an Amount and a Date column. Choose them under Order history on the Data tab.",
    historyNoCustomerColumn:
      "Orders are matched to customers by name: give one column of the customer list the role Customer on the Data tab.",
    ordersColumnsMissing:
      "An order list needs a Customer, a Value (amount) and a Date column. Set their roles on the Data tab.",
    summaryNoCustomers:
      "No customer has a tier: no row under the header holds a number in the value column. Check the input report on the Tiers tab.",
    summaryValueTooLarge:
      "The values add up to more than Excel can hold, so shares of value cannot be computed. Check the value column for values far too large (such as 1E+308).",
    summaryNoValue:
      "All {{count}} tiered customers have a value of 0, so there is no value to share out between the tiers. Check that the value column is the right one.",
    host: {
      multiArea: "The selection has several areas. Select one block of cells and try again.",
      emptySelection: "The selection is empty. Select the cells of your list, header included.",
      sheetMissing: "A sheet TierLadder read before is no longer in the workbook. Select that list again.",
      emptyRange: "A range TierLadder read before is now empty. Select that list again, header row included.",
      cellsNotEmpty:
        "The cells TierLadder would write to are not empty, so nothing was written to protect your data. Clear them or choose other outputs.",
      outputChanged:
        "The columns TierLadder wrote last time were changed since (typed over, deleted or moved), so they are no longer its own and nothing was written. Clear them or move your data back, then write again.",
      tableChanged: "The Excel table changed while TierLadder was working. Use the selection again, then write.",
      sheetProtected:
        "A sheet TierLadder would write to is protected, so nothing was written. Unprotect it (Review › Unprotect Sheet), then write again.",
      workbookProtected:
        "The workbook's structure is protected, so TierLadder cannot add its sheets and nothing was written. Turn the protection off (Review › Protect Workbook), then write again.",
      RequestPayloadSizeLimitExceeded:
        "The data was too large for one request to Excel, even in smaller parts. Try a smaller selection.",
      AccessDenied: "Excel refused the change: the sheet or workbook may be protected. Unprotect it and try again.",
      InvalidOperationInCellEditMode: "Excel is editing a cell. Press Enter or Esc, then try again.",
      ItemNotFound: "A sheet, table or cell TierLadder needed was not found; it may have been renamed or deleted.",
      ApiNotFound: "This version of Excel does not support a feature TierLadder tried to use.",
      settingTooLarge:
        "The data TierLadder keeps in the workbook became too large, so it was not saved. Tier fewer rows or ask for help.",
      ResponsePayloadSizeLimitExceeded:
        "The data read from Excel was too large for one response. Select fewer cells and try again.",
      InvalidSelection: "The current selection can't be used here. Select one block of cells.",
      ItemAlreadyExists:
        "Something with that name already exists in the workbook. Rename or remove it, then try again.",
      InsertDeleteConflict:
        "The change conflicts with merged cells, a table or a filter on the sheet. Remove them around the data, then try again.",
      MergedRangeConflict: "The cells to write overlap merged cells. Unmerge them, then try again.",
      FilteredRangeConflict: "The cells to write overlap a filtered range. Clear the filter, then try again.",
      InvalidArgument: "Excel did not accept a value TierLadder sent. Try again; if it keeps happening, report it.",
      GeneralException: "Excel reported an internal error. Try again in a moment.",
      RequestAborted: "The request to Excel was cancelled. Try again.",
      InvalidReference:
        "A reference TierLadder used is not valid in this workbook. Use the selection again, then retry.",
    },
    shares: {
      sum: "The shares add up to {{sum}}; they must add up to 100%.",
      notPositive: "Share {{entry}} is {{found}}; every share must be above 0.",
      notNumber: "Share {{entry}} (“{{found}}”) is not a number.",
      tooFew: "Use at least 2 tiers; found {{found}}.",
      empty: "Enter at least 2 shares.",
    },
    bounds: {
      notDecreasing: "Bound {{entry}} ({{found}}) must be lower than the bound before it ({{previous}}).",
      notNumber: "Bound {{entry}} (“{{found}}”) is not a number.",
      tooFew: "Enter at least one bound.",
    },
    scheme: {
      column: "No column has the role “{{role}}”. Choose that column's role on the Data tab.",
      columnRange:
        "Column {{column}} does not exist in this selection (it has {{width}} columns). Check the columns of the saved scheme.",
      orderColumn:
        "Column “{{header}}” of an order list cannot be used per customer; use the customer, amount, date, region, rep or segment column.",
      asOf: "Choose the as-of date recency is counted to.",
      firstDate: "Choose the column with each customer’s first order date.",
      recentOrders: "Choose the column with each customer’s orders in the last N days.",
      invalid: "The scheme is not valid at {{field}}: {{message}}.",
      json: "The saved scheme could not be read ({{found}}).",
    },
    score: {
      noFactors: "Add at least one factor column.",
      weight: "The weight of factor {{factor}} must be 0 or more; found {{found}}.",
      weightSum: "At least one factor weight must be above 0.",
      lengths:
        "Each factor needs one weight and one direction: {{factors}} factors, {{weights}} weights, {{directions}} directions.",
      rows: "Factor {{factor}} has {{found}} rows, but factor 1 has {{expected}}.",
      direction: "Factor {{factor}} must count higher as better or lower as better; found {{found}}.",
    },
    rules: {
      tier: "Rule {{rule}} points to tier {{found}}, which does not exist.",
      defaultTier: "The tier for everything else ({{found}}) does not exist.",
      op: "{{where}}: a rule can test equals, one of, contains, at least, at most or between; found {{found}}.",
      range:
        "Condition {{condition}} of rule {{rule}} needs finite bounds, the lowest not above the highest; found {{found}}.",
      rows: "Column {{column}} of the rules has {{found}} rows, but {{expected}} are needed.",
      column:
        "Condition {{condition}} of rule {{rule}} points to column {{found}}, but the selection has {{columns}} columns.",
    },
    orders: { asOf: "The as-of date {{asOf}} is not a date." },
    assign: {
      noReps: "Add at least one rep to assign customers to.",
      repName: "Rep {{rep}} has no name. Give every rep a name.",
      repDuplicate:
        "Reps {{first}} and {{second}} are both named “{{name}}” (names are compared ignoring case). Give each rep a different name.",
      repCapacity: "The capacity of {{name}} must be a number of hours per week above 0; found {{found}}.",
      tier: "Customer {{row}} (“{{customer}}”) has tier {{found}}; a tier is a whole number from 0 (the top tier) up.",
      hours:
        "Customer {{row}} (“{{customer}}”) needs hours per week of 0 or more from its tier's playbook; found {{found}}.",
      maxA: "The most A accounts per rep must be a whole number of 1 or more; found {{found}}.",
      topTiers: "The number of tiers counted as A accounts must be a whole number of 1 or more; found {{found}}.",
    },
    abcNeedsPositive: "Computed ABC needs at least one value above 0; found {{numbers}} numbers, none above 0.",
    naturalBreaksK: "Natural breaks needs a whole number of tiers of at least 2; found {{k}}.",
    naturalBreaksTooFewValues:
      "Natural breaks into {{k}} tiers needs at least {{k}} different values; found {{distinct}}.",
    rateOutOfRange: "The rate from {{stage}} to {{next}} must be above 0 and at most 100%; found {{found}}.",
    targetNotWholeNumber: "The {{what}} must be a whole number of 0 or more; found {{found}}.",
    revenueTargetInvalid: "The revenue target must be a number of 0 or more; found {{found}}.",
    averageDealInvalid: "The average deal size must be above 0; found {{found}}.",
    averageDealMissing: "Tier {{tier}} needs an average deal size to turn revenue into deals.",
    countNegative: "The count at {{stage}} must be 0 or more; found {{found}}.",
    countZeroBeforePositive:
      "Stage {{stage}} has 0 deals but stage {{next}} has {{found}}. Enter counts of deals that reached at least each stage.",
    stageDurationInvalid: "The duration of {{stage}} must be a whole number of days, 0 or more; found {{found}}.",
    ladderEmpty: "The ladder must keep at least one stage.",
    tierShareInvalid: "The share of tier {{tier}} must be between 0 and 100%; found {{found}}.",
    tierSharesSum: "The tiers' shares of the target must add up to 100%; they add up to {{found}}%.",
    weightsAllZero: "All {{count}} weights are 0, so there is nothing to split by.",
    weeksInvalid: "The number of weeks must be a whole number of 1 or more; found {{found}}.",
    weeksTooMany: "Tasks are planned for at most {{max}} weeks (5 years); found {{found}}.",
    tooManyTasks:
      "These settings make {{count}} tasks; a sheet takes at most {{max}}. Plan fewer weeks or fewer tiers.",
    tooManyTasksForOwner:
      "{{owner}} alone has {{count}} tasks; a sheet takes at most {{max}}. Plan fewer weeks or fewer tiers.",
    taskSlotInvalid: "The customer's slot must be a whole number from 0 to below {{of}}; found {{slot}}.",
    capacityInvalid: "The capacity must be a number of hours per week above 0; found {{found}}.",
    playbookMissing: "Customer {{row}} (“{{customer}}”) is in tier {{tier}}, which has no playbook.",
    weightsEmpty: "Give at least one weight to split the total by.",
    weightInvalid: "Weight {{index}} must be a number of 0 or more; found {{found}}.",
    dateInvalid: "The {{what}} is not a valid date.",
    countsEmpty: "Enter at least one stage count.",
    countsRatesMismatch: "There are {{rates}} step rates, so {{expected}} stage counts are needed; found {{counts}}.",
    actualsLengthMismatch: "The ladder has {{stages}} stages, so it needs {{stages}} actual counts; found {{found}}.",
    ratesLengthMismatch: "There are {{target}} target rates but {{actual}} actual rates; give one of each per step.",
    stageNotFound: "There is no stage “{{id}}”. The ladder has: {{known}}.",
    stagePositionInvalid: "A stage can go at a position from 0 to {{max}}; found {{found}}.",
    rateFromPreviousMissing: "To add “{{added}}” after the last stage, give the rate from “{{stage}}” into it.",
    rateMissing: "The new stage “{{stage}}” needs a rate to the stage after it.",
    rateOnLastStage: "“{{stage}}” is the last stage, so it has no rate to a next stage.",
    pipelineStageUnknown: "Row {{row}} has the stage “{{found}}”, which is not in the ladder. Use one of: {{known}}.",
    tierLaddersEmpty: "Add at least one tier to plan.",
    tierLadderRepeated: "Tier {{tier}} has more than one ladder; give each tier one.",
    periodsEmpty: "Give at least one period to split the target across.",
    periodEmpty: "The period must end ({{end}}) after it starts ({{start}}).",
    periodUnitInvalid: "Split the period by month or by week; found {{found}}.",
    quarterInvalid: "A quarter needs a whole year and a quarter from 1 to 4; found year {{year}}, quarter {{quarter}}.",
    stageIdMissing: "{{stage}} has no id.",
    stageIdRepeated: "{{stage}} repeats the id “{{id}}” of {{first}}; each stage needs its own id.",
    stageNameMissing: "{{stage}} needs a name in {{lang}}.",
    langInvalid: "The language must be en-US or zh-CN; found {{found}}.",
    customerNameMissing: "Customer {{row}} has no name. Fill in the customer column.",
    taskCadenceInvalid: "The cadence must be daily, weekly, monthly, quarterly or once; found {{found}}.",
    taskTypeInvalid: "Task {{task}} of tier {{tier}} has an unknown type ({{found}}).",
    taskChannelInvalid: "Task {{task}} of tier {{tier}} has an unknown channel ({{found}}).",
    taskEffortInvalid:
      "The effort of task {{task}} of tier {{tier}} must be a number of hours, 0 or more; found {{found}}.",
    taskTitleMissing: "Task {{task}} of tier {{tier}} needs a title in English and in Chinese.",
    taskRoleMissing: "Task {{task}} of tier {{tier}} needs an owner role; found {{found}}.",
    stageTasksShapeMismatch:
      "The plan has {{reps}} reps and {{periods}} periods, but {{owners}} owners and {{given}} periods were given.",
    playbookRepeated: "Tier {{tier}} has more than one playbook; give each tier one.",
    date: {
      serialOutOfRange: "{{serial}} is not an Excel date. Enter a date from 1900-01-01 to 9999-12-31.",
      fictitiousLeapDay: "Excel's 29 February 1900 ({{serial}}) is not a real day. Enter a real date.",
      invalidParts: "{{year}}-{{month}}-{{day}} is not a real date. Enter a date from 1900-01-01 to 9999-12-31.",
      invalidDate: "The date is not valid. Enter a real date.",
    },
    plans: {
      badNumber: "{{what}} must be a number; found {{found}}.",
      badShare: "{{what}} must be a share between 0 and 100%; found {{found}}.",
      badCount: "{{what}} must be a whole number; found {{found}}.",
      stages: "A funnel needs at least 2 stages; found {{found}}.",
      badSnapshot:
        "The saved last run gives customer “{{customer}}” a tier that is not text; it will be replaced on the next write.",
      noTiers: "The summary needs at least one tier.",
      badDate: "Task {{row}} has no valid due date.",
      badStartDate: "The start-by date of “{{stage}}” is not a valid date.",
      badReportDate: "The summary's date is not a valid date.",
      allocationShape:
        "The split of the target has {{rows}} rows and {{stages}} stages, but its parts do not have that shape.",
      badStatus: "Task {{row}} has the status “{{found}}”, which TierLadder does not know.",
      headerGap:
        "Tier columns need the data directly under its header: the header is on row {{headerRow}} but the data starts on row {{firstDataRow}}.",
      labels: "Tier columns need at least 2 tiers; found {{found}}.",
      unknownTier: "Data row {{row}} has the tier “{{tier}}”, which is not one of the tier labels.",
    },
    sample: {
      lang: "The sample comes in English or Chinese; found {{lang}}.",
      count: "{{n}} is not a number of customers TierLadder can make a sample of.",
      customers: "The order sample needs the customer sample made by TierLadder.",
    },
    grouped: { rows: "Grouping needs one group per row ({{values}}); found {{keys}}." },
    rfm: {
      rows: "Recency, frequency and monetary value need the same number of rows; found {{recency}}, {{frequency}} and {{monetary}}.",
    },
    // The scheme as SQL (issue 15, src/engine/sql/).
    sql: {
      column: "{{what}}: column {{column}} is not in the SQL source, which has {{width}} columns.",
      role: "{{what}}: give the index of the column with the role “{{role}}”; SQL has no sheet to find it in.",
      fixedBounds:
        "This method has no SQL form of its own: give the cut-offs computed in the workbook (fixedBounds), and it is exported as thresholds.",
      fixedBoundsCount: "Expected {{expected}} cut-offs (fixedBounds), one fewer than the tiers; found {{found}}.",
      history:
        "The scheme joins an order history from another sheet; the SQL reads one table. Join the orders to the customers in the database first.",
    },
    // The incentive ladder's bands (issue 14, src/engine/reps/commission-bands.ts).
    commission: {
      empty: "Add at least one band (a threshold and its rate); the first threshold is usually 0.",
      lengths: "Each band needs one threshold and one rate: found {{thresholds}} thresholds and {{rates}} rates.",
      threshold: "The threshold of band {{entry}} is {{found}}; it must be a number of 0 or more.",
      notAscending: "The threshold of band {{entry}} ({{found}}) must be above the threshold before it ({{previous}}).",
      rate: "The rate of band {{entry}} is {{found}}; it must be a number of 0 or more.",
      mode: "Commission is paid marginal (each slice at its band's rate) or whole (all at the highest band's rate); found {{found}}.",
      targetBonus: "The target bonus must be an amount of 0 or more; found {{found}}.",
    },
    hostDetail: {
      cellsNotEmpty: "Cells in the way: {{cells}}.",
      outputChanged: "Changed since the last run: {{cells}} (column {{columns}}).",
      multiArea: "You selected {{areas}} areas ({{address}}).",
      tableChanged: "The table {{table}} now covers {{address}}.",
      settingTooLarge: "The setting {{setting}} is {{size}} MB; the limit is {{limit}} MB.",
      emptySelection: "Selected: {{address}}.",
      sheetMissing: "Sheet “{{sheet}}” ({{address}}).",
      emptyRange: "Range: {{address}}.",
      sheetProtected: "Protected sheet: “{{sheet}}”.",
      workbookProtected: "Sheet to add: “{{sheet}}”.",
    },
    // Playbooks for a category value (issue 13): the playbook named by its column and value.
    playbooks: {
      targetRepeated: "There is more than one playbook for {{column}} is “{{value}}”; keep one.",
      targetColumn: "A playbook's column must be a column of the table; found {{found}}.",
      targetValue: "The playbook for {{column}} needs a value to match; found {{found}}.",
      columnMoved:
        "The playbook for {{column}} is “{{value}}” reads a column that is no longer {{column}} (now “{{found}}”). Remove it and add it again for the column you mean.",
      taskCadenceInvalid: "The cadence must be daily, weekly, monthly, quarterly or once; found {{found}}.",
      taskTypeInvalid: "Task {{task}} of the playbook for {{column}} is “{{value}}” has an unknown type ({{found}}).",
      taskChannelInvalid:
        "Task {{task}} of the playbook for {{column}} is “{{value}}” has an unknown channel ({{found}}).",
      taskEffortInvalid:
        "The effort of task {{task}} of the playbook for {{column}} is “{{value}}” must be a number of hours, 0 or more; found {{found}}.",
      taskTitleMissing:
        "Task {{task}} of the playbook for {{column}} is “{{value}}” needs a title in English and in Chinese.",
      taskRoleMissing:
        "Task {{task}} of the playbook for {{column}} is “{{value}}” needs an owner role; found {{found}}.",
    },
    // Quotas, attainment and the reps sheet (issue 14).
    reps: {
      tiers: "Rep figures need a whole number of tiers of 1 or more; found {{found}}.",
      lengths:
        "The rep column has {{reps}} rows, but there are {{values}} values and {{tiers}} tiers; each customer needs one of each.",
      tierIndex: "Customer {{row}} has tier index {{found}}, but there are only {{tiers}} tiers.",
      targetInvalid: "The team target must be a whole number of currency units, 0 or more; found {{found}}.",
      weightRepMissing: "Weight {{row}} has no rep name.",
      repRepeated: "“{{rep}}” is listed twice (the first time as “{{first}}”). Give each rep one weight or one quota.",
      quotaRepMissing: "A quota has no rep name.",
      quotaInvalid: "The quota of {{rep}} must be a number of 0 or more; found {{found}}.",
      sheetTiers: "{{rep}} has figures for {{found}} tiers, but the sheet has {{tiers}} tier labels.",
      sheetGrade: "{{rep}} has grade {{found}}, but there are only {{grades}} grade names.",
      sheetColumnLength: "The column {{column}} has {{found}} entries, but there are {{reps}} reps; give one per rep.",
    },
    table: {
      columnOutOfRange: "{{argument}}: column {{column}} does not exist; the selection has {{width}} columns.",
      roleColumnOutOfRange: "Column {{column}} does not exist; the selection has {{width}} columns.",
      unknownRole: "“{{role}}” is not a column role (column {{column}}).",
      empty: "The selection is empty; select a header row and at least one row of data.",
    },
  },
  notes: {
    tiering: {
      noPositiveValue:
        "No value is above 0, so a value share cannot be split: every customer is in the last tier ({{label}}).",
      untiered: "{{count}} rows have no tier because a value needed is not a number; see the input report.",
      datesAfterAsOf:
        "{{count}} customers have an order date after the as-of date, so no lifecycle stage; check the dates or the as-of date.",
      recentOrdersOdd_one:
        "{{count}} customer has a count in “{{column}}” that is not a whole number from 0 to its orders in all, so no behaviour grade; check the column.",
      recentOrdersOdd_other:
        "{{count}} customers have a count in “{{column}}” that is not a whole number from 0 to their orders in all, so no behaviour grade; check the column.",
    },
    ladder: {
      bottleneckBelow:
        "Only {{actual}} of deals move from “{{from}}” to “{{to}}”, against a target of {{target}} ({{ofTarget}} of target).",
      bottleneckMet:
        "Every step meets its target; the closest to falling short is “{{from}}” to “{{to}}” at {{actual}} against {{target}}.",
    },
  },
} as const;
