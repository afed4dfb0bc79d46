namespace Gongkai.Writing;

/// <summary>What a cell of an official table holds.</summary>
public enum LayoutCellKind
{
    /// <summary>A sub-table caption of section 二, e.g. 第二十条第（一）项.</summary>
    Caption,

    /// <summary>A column header (信息内容, 申请人情况, 自然人 …), possibly merged.</summary>
    Header,

    /// <summary>A row label (规章, 三、本年度办理结果, 1.属于国家秘密 …), possibly merged.</summary>
    Label,

    /// <summary>A statutory number: the cell named by <see cref="LayoutCell.Key"/>.</summary>
    Value,
}
