using System.Globalization;
using System.Text;

namespace Gongkai.Reading;

/// <summary>A rectangle in pixels: left, top, width, height.</summary>
internal readonly record struct PixelBox(int X, int Y, int Width, int Height)
{
    public int Right => X + Width;

    public int Bottom => Y + Height;

    public int CenterY => Y + (Height / 2);

    public PixelBox Inset(int dx, int dy) => new(X + dx, Y + dy, Math.Max(0, Width - (2 * dx)), Math.Max(0, Height - (2 * dy)));
}

/// <summary>
/// An 8-bit grayscale page (0 = black, 255 = white), as ImageMagick writes it in binary PGM (P5). Gongkai has no
/// imaging library (none is in the NuGet mirror), so the few operations OCR needs are here: crop, rotate, write.
/// </summary>
internal sealed partial class GrayImage
{
    public GrayImage(int width, int height, byte[] pixels)
    {
        if (pixels.Length != (long)width * height)
        {
            throw new ArgumentException("pixel buffer does not match the size", nameof(pixels));
        }

        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Row-major, one byte per pixel.</summary>
    public byte[] Pixels { get; }

    public byte this[int x, int y] => Pixels[(y * Width) + x];

    /// <summary>Parses binary PGM (P5, maxval ≤ 255); null when the bytes are not such a file.</summary>
    public static GrayImage? ParsePgm(byte[] data)
    {
        var at = 0;
        string? Token()
        {
            while (at < data.Length && (char.IsWhiteSpace((char)data[at]) || data[at] == '#'))
            {
                if (data[at] == '#')
                {
                    while (at < data.Length && data[at] != '\n')
                    {
                        at++;
                    }
                }
                else
                {
                    at++;
                }
            }

            var start = at;
            while (at < data.Length && !char.IsWhiteSpace((char)data[at]))
            {
                at++;
            }

            return at > start ? Encoding.ASCII.GetString(data, start, at - start) : null;
        }

        if (Token() != "P5"
            || !int.TryParse(Token(), NumberStyles.None, CultureInfo.InvariantCulture, out var w)
            || !int.TryParse(Token(), NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !int.TryParse(Token(), NumberStyles.None, CultureInfo.InvariantCulture, out var max)
            || w <= 0 || h <= 0 || max is <= 0 or > 255)
        {
            return null;
        }

        at++; // the single white-space byte after maxval
        if (data.Length - at < (long)w * h)
        {
            return null;
        }

        return new GrayImage(w, h, data.AsSpan(at, w * h).ToArray());
    }

    /// <summary>The box as binary PGM, with a white margin of <paramref name="pad"/> pixels around it.</summary>
    public byte[] ToPgm(PixelBox box, int pad)
    {
        var x0 = Math.Clamp(box.X, 0, Width);
        var y0 = Math.Clamp(box.Y, 0, Height);
        var x1 = Math.Clamp(box.Right, x0, Width);
        var y1 = Math.Clamp(box.Bottom, y0, Height);
        var w = x1 - x0 + (2 * pad);
        var h = y1 - y0 + (2 * pad);
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"P5\n{w} {h}\n255\n"));
        var bytes = new byte[header.Length + (w * h)];
        header.CopyTo(bytes, 0);
        bytes.AsSpan(header.Length).Fill(255);
        for (var y = y0; y < y1; y++)
        {
            Pixels.AsSpan((y * Width) + x0, x1 - x0).CopyTo(bytes.AsSpan(header.Length + ((y - y0 + pad) * w) + pad));
        }

        return bytes;
    }

    /// <summary>The whole image as binary PGM.</summary>
    public byte[] ToPgm() => ToPgm(new PixelBox(0, 0, Width, Height), 0);

    /// <summary>A copy with the boxes painted white (tables removed before the prose is read).</summary>
    public GrayImage Without(IEnumerable<PixelBox> boxes)
    {
        var copy = (byte[])Pixels.Clone();
        foreach (var b in boxes)
        {
            for (var y = Math.Max(0, b.Y); y < Math.Min(Height, b.Bottom); y++)
            {
                var x0 = Math.Max(0, b.X);
                var x1 = Math.Min(Width, b.Right);
                if (x1 > x0)
                {
                    copy.AsSpan((y * Width) + x0, x1 - x0).Fill(255);
                }
            }
        }

        return new GrayImage(Width, Height, copy);
    }

    /// <summary>The threshold between ink and paper by Otsu's method over the whole page.</summary>
    public int OtsuThreshold()
    {
        var histogram = new long[256];
        foreach (var p in Pixels)
        {
            histogram[p]++;
        }

        long total = Pixels.Length;
        double sumAll = 0;
        for (var i = 0; i < 256; i++)
        {
            sumAll += i * (double)histogram[i];
        }

        double sumBack = 0;
        long back = 0;
        var best = 0.0;
        var threshold = 128;
        for (var t = 0; t < 256; t++)
        {
            back += histogram[t];
            if (back == 0)
            {
                continue;
            }

            var fore = total - back;
            if (fore == 0)
            {
                break;
            }

            sumBack += t * (double)histogram[t];
            var meanBack = sumBack / back;
            var meanFore = (sumAll - sumBack) / fore;
            var between = (double)back * fore * (meanBack - meanFore) * (meanBack - meanFore);
            if (between > best)
            {
                best = between;
                threshold = t;
            }
        }

        return threshold;
    }

    /// <summary>Ink mask: true where the pixel is darker than <paramref name="threshold"/>.</summary>
    public bool[] Ink(int threshold)
    {
        var mask = new bool[Pixels.Length];
        for (var i = 0; i < mask.Length; i++)
        {
            mask[i] = Pixels[i] <= threshold;
        }

        return mask;
    }
}
