using System.Globalization;
using IdentityCenter.Emulator.Http;
using IdentityCenter.Emulator.State;
using IdentityCenter.Emulator.Validation;
using Microsoft.AspNetCore.Http;

namespace IdentityCenter.Emulator.Api;

/// <summary>The limit/marker pagination parameters shared by the listings.</summary>
internal static class ListQuery
{
    public static int Limit(IQueryCollection query)
    {
        string? raw = query["limit"].FirstOrDefault();
        if (raw is null)
        {
            return FieldLimits.LimitMax;
        }

        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out int limit)
            || limit < FieldLimits.LimitMin
            || limit > FieldLimits.LimitMax)
        {
            throw ErrorCodes.BadRequestError($"limit must be an integer from {FieldLimits.LimitMin} to {FieldLimits.LimitMax}, got '{raw}'.");
        }

        return limit;
    }

    public static string? Marker(IQueryCollection query)
    {
        string? marker = query["marker"].FirstOrDefault();
        if (marker is not null && marker.Length != PageMarker.Length)
        {
            throw ErrorCodes.BadRequestError($"marker must be {PageMarker.Length} characters long, got {marker.Length}.");
        }

        return marker;
    }

    public static string? Optional(IQueryCollection query, string name) => query[name].FirstOrDefault();
}
