namespace Gongkai.Web.Shared;

/// <summary>
/// The translation a view gets by <c>@inject Tr T</c>: <c>@T("中文", "English")</c> picks the visitor's language
/// (<see cref="Lang"/>), so each label sits beside its translation in the page that shows it.
/// </summary>
public delegate string Tr(string zh, string en);
