// Interface strings of the library's search tools (saved searches, result order,
// paging, export), English and Arabic; resources.ts spreads them into its tables.
export const searchEn = {
  savedSearches: 'Saved searches',
  forgetSavedSearch: 'Forget the saved search {{name}}',
  search_save: 'Save search…',
  search_saveName: 'Name this search',
  search_saveButton: 'Save',
  search_export: 'Export results…',
  search_loaded: '{{shown}} of {{total}} loaded',
  search_loadingMore: 'loading more…',
  search_noOutlet: 'No outlet',
  searchSort_relevance: 'Relevance',
  searchSort_date: 'Newest first',
  searchSort_outlet: 'Outlet (grouped)',
} as const;

export const searchAr: Record<keyof typeof searchEn, string> = {
  savedSearches: 'عمليات البحث المحفوظة',
  forgetSavedSearch: 'احذف البحث المحفوظ {{name}}',
  search_save: 'احفظ البحث…',
  search_saveName: 'سمِّ هذا البحث',
  search_saveButton: 'احفظ',
  search_export: 'صدّر النتائج…',
  search_loaded: 'حُمّل {{shown}} من {{total}}',
  search_loadingMore: 'يُحمَّل المزيد…',
  search_noOutlet: 'بلا مصدر',
  searchSort_relevance: 'الأكثر صلة',
  searchSort_date: 'الأحدث أولًا',
  searchSort_outlet: 'المصدر (مجمّعة)',
};
