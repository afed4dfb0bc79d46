namespace Gongkai.Reading;

/// <summary>Geometry on grayscale pages: straightening, resizing, and laying cut cells side by side for OCR.</summary>
internal sealed partial class GrayImage
{
    /// <summary>Rotated by <paramref name="degrees"/> about the centre (bilinear; outside is white), same size.</summary>
    public GrayImage Rotate(double degrees)
    {
        var rad = degrees * Math.PI / 180;
        var (sin, cos) = Math.SinCos(rad);
        var cx = Width / 2.0;
        var cy = Height / 2.0;
        var result = new byte[Pixels.Length];
        var w = Width;
        var h = Height;
        var src = Pixels;
        Parallel.For(0, h, new ParallelOptions { MaxDegreeOfParallelism = 2 }, y =>
        {
            // Inverse mapping, stepped along the row: where in the source each destination pixel comes from.
            var dy = y - cy;
            var sx = (cos * -cx) + (sin * dy) + cx;
            var sy = (-sin * -cx) + (cos * dy) + cy;
            var row = y * w;
            for (var x = 0; x < w; x++, sx += cos, sy -= sin)
            {
                if (sx < 0 || sy < 0 || sx >= w - 1 || sy >= h - 1)
                {
                    result[row + x] = 255;
                    continue;
                }

                var ix = (int)sx;
                var iy = (int)sy;
                var fx = sx - ix;
                var fy = sy - iy;
                var i = (iy * w) + ix;
                var top = src[i] + ((src[i + 1] - src[i]) * fx);
                var bottom = src[i + w] + ((src[i + w + 1] - src[i + w]) * fx);
                result[row + x] = (byte)(top + ((bottom - top) * fy) + 0.5);
            }
        });
        return new GrayImage(Width, Height, result);
    }

    /// <summary>Scaled by <paramref name="factor"/> (bilinear).</summary>
    public GrayImage Scale(double factor)
    {
        var w = Math.Max(1, (int)Math.Round(Width * factor));
        var h = Math.Max(1, (int)Math.Round(Height * factor));
        var result = new byte[w * h];
        for (var y = 0; y < h; y++)
        {
            var sy = Math.Clamp(((y + 0.5) / factor) - 0.5, 0, Height - 1.001);
            var iy = (int)sy;
            var fy = sy - iy;
            for (var x = 0; x < w; x++)
            {
                var sx = Math.Clamp(((x + 0.5) / factor) - 0.5, 0, Width - 1.001);
                var ix = (int)sx;
                var fx = sx - ix;
                var i = (iy * Width) + ix;
                var i2 = Math.Min(i + Width, Pixels.Length - 1);
                var top = Pixels[i] + ((Pixels[i + 1] - Pixels[i]) * fx);
                var bottom = Pixels[i2] + ((Pixels[Math.Min(i2 + 1, Pixels.Length - 1)] - Pixels[i2]) * fx);
                result[(y * w) + x] = (byte)(top + ((bottom - top) * fy) + 0.5);
            }
        }

        return new GrayImage(w, h, result);
    }

    /// <summary>Half the size (each 2×2 block averaged): body text of a 300 dpi page is too large for tesseract.</summary>
    public GrayImage Half()
    {
        var w = Width / 2;
        var h = Height / 2;
        var result = new byte[w * h];
        for (var y = 0; y < h; y++)
        {
            var a = 2 * y * Width;
            var b = a + Width;
            for (var x = 0; x < w; x++)
            {
                result[(y * w) + x] = (byte)((Pixels[a + (2 * x)] + Pixels[a + (2 * x) + 1] + Pixels[b + (2 * x)] + Pixels[b + (2 * x) + 1] + 2) / 4);
            }
        }

        return new GrayImage(w, h, result);
    }

    /// <summary>
    /// The boxes side by side on one white line, each with <paramref name="gap"/> white pixels on either side and
    /// centred vertically; returns the line and where each box landed (its x range).
    /// </summary>
    public (GrayImage Line, List<(int From, int To)> Slots) Strip(IReadOnlyList<PixelBox> boxes, int gap, int pad)
    {
        var height = boxes.Max(b => b.Height) + (2 * pad);
        var width = boxes.Sum(b => b.Width + (2 * gap)) + (2 * pad);
        var pixels = new byte[width * height];
        Array.Fill(pixels, (byte)255);
        var slots = new List<(int, int)>();
        var x = pad;
        foreach (var b in boxes)
        {
            var top = pad + ((height - (2 * pad) - b.Height) / 2);
            for (var y = 0; y < b.Height; y++)
            {
                var sy = b.Y + y;
                if (sy < 0 || sy >= Height)
                {
                    continue;
                }

                for (var dx = 0; dx < b.Width; dx++)
                {
                    var sx = b.X + dx;
                    if (sx >= 0 && sx < Width)
                    {
                        pixels[((top + y) * width) + x + gap + dx] = Pixels[(sy * Width) + sx];
                    }
                }
            }

            slots.Add((x, x + b.Width + (2 * gap)));
            x += b.Width + (2 * gap);
        }

        return (new GrayImage(width, height, pixels), slots);
    }
}
