using System;
using System.Reflection;
using System.Security.Cryptography;

namespace IdentityCenter.Core.Signing
{
    /// <summary>
    /// Finishes an <see cref="IncrementalHash"/> into an array the caller keeps, instead of a new array per hash.
    /// netstandard2.0 has only <c>GetHashAndReset()</c>; every runtime PowerShell 7 runs on also has
    /// <c>TryGetHashAndReset(Span&lt;byte&gt;, out int)</c>, reached through a delegate bound once. Windows PowerShell's
    /// .NET Framework lacks it, and there the allocating call is copied from.
    /// </summary>
    internal static class HashCompletion
    {
        internal delegate bool TryGetHashAndReset(IncrementalHash hash, Span<byte> destination, out int bytesWritten);

        /// <summary>The runtime's span overload, or null where it has none.</summary>
        internal static readonly TryGetHashAndReset? RuntimeOverload = Bind();

        /// <summary>Writes the hash into <paramref name="destination"/>, exactly its length, and resets the hash.</summary>
        public static void Finish(IncrementalHash hash, byte[] destination) => Finish(hash, destination, RuntimeOverload);

        internal static void Finish(IncrementalHash hash, byte[] destination, TryGetHashAndReset? overload)
        {
            if (overload != null)
            {
                if (!overload(hash, destination, out var written) || written != destination.Length)
                {
                    throw new InvalidOperationException("The " + hash.AlgorithmName.Name + " result is not " + destination.Length + " bytes long.");
                }

                return;
            }

            var result = hash.GetHashAndReset();
            if (result.Length != destination.Length)
            {
                throw new InvalidOperationException("The " + hash.AlgorithmName.Name + " result is not " + destination.Length + " bytes long.");
            }

            Buffer.BlockCopy(result, 0, destination, 0, result.Length);
        }

        private static TryGetHashAndReset? Bind()
        {
            var method = typeof(IncrementalHash).GetMethod(
                "TryGetHashAndReset",
                BindingFlags.Public | BindingFlags.Instance,
                null,
                new[] { typeof(Span<byte>), typeof(int).MakeByRefType() },
                null);
            return method == null || method.ReturnType != typeof(bool)
                ? null
                : (TryGetHashAndReset?)Delegate.CreateDelegate(typeof(TryGetHashAndReset), method, throwOnBindFailure: false);
        }
    }
}
