/**
 * What the bench serves in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js (the page
 * must not reach the internet, and Microsoft's files are not ours to serve): the few globals the task
 * pane's page touches while it opens. Office.onReady resolves at once; Excel.run rejects, so the pane's
 * start-up read of the saved scheme fails as it does in a workbook without one, and the pane carries on.
 */
export const OFFICE_STUB = `
window.Office = {
  onReady: (cb) => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }).then((info) => { if (cb) cb(info); return info; }),
  context: {
    displayLanguage: "en-US",
    officeTheme: { bodyBackgroundColor: "#ffffff", isDarkTheme: false },
    requirements: { isSetSupported: () => true },
    document: { addHandlerAsync: () => undefined, removeHandlerAsync: () => undefined },
  },
  EventType: { DocumentSelectionChanged: "documentSelectionChanged" },
  actions: { associate: () => undefined },
  addin: { showAsTaskpane: () => Promise.resolve() },
};
window.Excel = { run: () => Promise.reject(new Error("bench: no workbook")) };
window.CustomFunctions = { associate: () => undefined, Error: class extends Error {}, ErrorCode: {} };
`;
