using System.Text;
using IdentityCenter.Core.Signing;

namespace IdentityCenter.Core.Tests.Signing;

/// <summary>The digit-pair tables against the runtime's own hex encoding.</summary>
public class HexTests
{
    [Fact]
    public void Every_byte_value_is_written_as_its_two_lower_case_digits()
    {
        var all = Enumerable.Range(0, 256).Select(b => (byte)b).ToArray();
        var expected = Convert.ToHexStringLower(all);

        Assert.Equal(expected, Hex.Lower(all));

        var chars = new char[3 + (all.Length * 2)];
        Assert.Equal(chars.Length, Hex.Lower(all, chars, 3));
        Assert.Equal(expected, new string(chars, 3, all.Length * 2));

        // An odd offset: the digit pairs are stored as one unit, which must not depend on alignment.
        var bytes = new byte[1 + (all.Length * 2)];
        Assert.Equal(bytes.Length, Hex.Lower(all, bytes, 1));
        Assert.Equal(expected, Encoding.ASCII.GetString(bytes, 1, all.Length * 2));
    }
}
