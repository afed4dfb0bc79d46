namespace Gongkai.Casework;

/// <summary>What a State Council notice (国务院办公厅关于部分节假日安排的通知) says of one date.</summary>
public enum CalendarDayKind
{
    /// <summary>A day off (放假), including the weekend days inside a stated range.</summary>
    Holiday,

    /// <summary>A 调休 working day: a Saturday or Sunday on which people work.</summary>
    Workday,
}

/// <summary>One row of cn-holidays.tsv: a date named in a notice, its kind and the holiday it belongs to.</summary>
public readonly record struct CalendarDay(DateOnly Date, CalendarDayKind Kind, string Name);
