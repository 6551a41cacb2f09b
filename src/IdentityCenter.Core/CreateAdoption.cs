using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;

namespace IdentityCenter.Core
{
    /// <summary>
    /// When a create whose earlier attempt may have been applied meets "name taken", whether the existing set is the
    /// one this call made. It is only if every field and tag the request gave matches (a field left out takes the
    /// service's default, so any value passes) and it was created while those attempts ran: a set made before the
    /// first of them, or after the last, is someone else's.
    /// </summary>
    internal static class CreateAdoption
    {
        /// <summary>
        /// The largest difference between this computer's clock and the service's that the rule allows for: created_date
        /// is the service's clock, the attempts' times are ours.
        /// </summary>
        public static readonly TimeSpan ClockTolerance = TimeSpan.FromSeconds(30);

        public static bool FieldsMatch(PermissionSet existing, CreatePermissionSetRequest request) =>
            string.Equals(existing.Name, request.Name, StringComparison.Ordinal)
            && SameOptional(existing.Description, request.Description)
            && SameOptional(existing.RelayState, request.RelayState)
            && SameOptional(existing.SessionDuration, request.SessionDuration);

        /// <summary>The same tags, in any order.</summary>
        public static bool TagsMatch(IEnumerable<PermissionSetTag> existing, IEnumerable<PermissionSetTag> requested)
        {
            var have = existing.Select(Text).OrderBy(t => t, StringComparer.Ordinal).ToList();
            var want = requested.Select(Text).OrderBy(t => t, StringComparer.Ordinal).ToList();
            return have.SequenceEqual(want, StringComparer.Ordinal);
        }

        /// <summary>Null when the set was created within the attempts' time; otherwise why it is not this call's.</summary>
        public static string? NotOurs(DateTimeOffset created, OutcomeUnknown outcome)
        {
            if (created < outcome.FirstSent - ClockTolerance)
            {
                return "A permission set of this name, created " + Format(created) + ", existed before this call's first attempt that may have been applied (" +
                    Format(outcome.FirstSent) + "); it is not this call's, so nothing of this call was applied.";
            }

            if (created > outcome.LastEnded + ClockTolerance)
            {
                return "A permission set of this name was created " + Format(created) + ", after this call's last attempt that may have been applied (" +
                    Format(outcome.LastEnded) + "); it is another caller's, so nothing of this call was applied.";
            }

            return null;
        }

        /// <summary>Why an adopted set is taken as this call's, and what remains uncertain.</summary>
        public static string Note(PermissionSet existing, OutcomeUnknown outcome, string? tagsUnchecked) =>
            "Taken as created by this call: an earlier attempt's reply was lost, and this set matches every field asked for and was created " +
            Format(existing.CreatedDate!.Value) + ", while the attempts ran (" + Format(outcome.FirstSent) + " to " + Format(outcome.LastEnded) +
            ", allowing " + ClockTolerance.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s of clock difference). Another caller creating the same name at that time cannot be ruled out." +
            (tagsUnchecked == null ? string.Empty : " Its tags could not be compared: " + tagsUnchecked + ".");

        private static bool SameOptional(string? existing, string? requested) =>
            requested == null || string.Equals(existing ?? string.Empty, requested, StringComparison.Ordinal);

        private static string Text(PermissionSetTag tag) => tag.Key + "\0" + tag.Value;

        private static string Format(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }
}
