namespace Gongkai.Reading;

/// <summary>One band of words in a label column (a printed line of a label).</summary>
internal sealed record LabelLine(double X0, double X1, double Y0, double Y1, string Text)
{
    public double Cy => (Y0 + Y1) / 2;
}

/// <summary>
/// A table label cell rebuilt from the lines printed in one label column: its text, its extent, and the value
/// row it labels (<see cref="Owner"/>, −1 for none).
/// </summary>
internal sealed class LabelCell(int column, LabelLine first, int direct)
{
    public int Column { get; } = column;

    public List<string> Parts { get; } = [first.Text];

    public double Y0 { get; } = first.Y0;

    public double X0 { get; private set; } = first.X0;

    public double X1 { get; private set; } = first.X1;

    public double Y1 { get; private set; } = first.Y1;

    /// <summary>The middle of its last line.</summary>
    public double LastCy { get; private set; } = first.Cy;

    /// <summary>The value row printed level with one of its lines, −1 when none is.</summary>
    public int Direct { get; private set; } = direct;

    public int Owner { get; set; } = -1;

    public bool Numbered { get; } = PdfText.StartsWithNumbering(first.Text);

    public string Text => PdfText.Concat(Parts);

    /// <summary>Takes in the text of a cell printed below it that carries on its label.</summary>
    public void Absorb(LabelCell tail)
    {
        Parts.AddRange(tail.Parts);
        X0 = Math.Min(X0, tail.X0);
        X1 = Math.Max(X1, tail.X1);
        Y1 = Math.Max(Y1, tail.Y1);
        LastCy = tail.LastCy;
    }

    public void Add(LabelLine line, int direct)
    {
        Parts.Add(line.Text);
        X0 = Math.Min(X0, line.X0);
        X1 = Math.Max(X1, line.X1);
        Y1 = Math.Max(Y1, line.Y1);
        LastCy = line.Cy;
        if (Direct < 0)
        {
            Direct = direct;
        }
    }
}
