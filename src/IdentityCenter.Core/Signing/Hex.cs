namespace IdentityCenter.Core.Signing
{
    internal static class Hex
    {
        private const string LowerDigits = "0123456789abcdef";

        public static string Lower(byte[] bytes)
        {
            var chars = new char[bytes.Length * 2];
            for (var i = 0; i < bytes.Length; i++)
            {
                chars[2 * i] = LowerDigits[bytes[i] >> 4];
                chars[(2 * i) + 1] = LowerDigits[bytes[i] & 0xF];
            }

            return new string(chars);
        }
    }
}
