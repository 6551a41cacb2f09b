using System;
using System.Collections.Generic;
using System.Globalization;
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
            string.Equals(existing.Name, request.Name, StringComparison.Ordinal) && Differences(existing, request).Count == 0;

        /// <summary>
        /// The fields the request gave that the existing set holds otherwise, by parameter name. The one comparison of
        /// asked-for and existing values: adoption after a lost reply, create-or-get and the update all read it.
        /// </summary>
        public static List<FieldDifference> Differences(PermissionSet existing, CreatePermissionSetRequest request)
        {
            var differences = new List<FieldDifference>();
            Compare(differences, "Description", existing.Description, request.Description);
            Compare(differences, "RelayState", existing.RelayState, request.RelayState);
            Compare(differences, "SessionDuration", existing.SessionDuration, request.SessionDuration);
            return differences;
        }

        /// <summary>The same tags, in any order: each one asked for is there as asked, and there are no others.</summary>
        public static bool TagsMatch(IReadOnlyCollection<PermissionSetTag> existing, ICollection<PermissionSetTag> requested) =>
            existing.Count == requested.Count && TagDifferences(existing, requested).Count == 0;

        /// <summary>Each tag asked for whose key the set lacks or holds with another value; tags not asked for are not named.</summary>
        public static List<FieldDifference> TagDifferences(IEnumerable<PermissionSetTag> existing, IEnumerable<PermissionSetTag> requested)
        {
            var held = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var tag in existing)
            {
                held[tag.Key] = tag.Value;
            }

            var differences = new List<FieldDifference>();
            foreach (var tag in requested)
            {
                held.TryGetValue(tag.Key, out var value);
                if (!string.Equals(value, tag.Value, StringComparison.Ordinal))
                {
                    differences.Add(new FieldDifference("Tag '" + tag.Key + "'", value, tag.Value));
                }
            }

            return differences;
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

        // A field the request left out takes the service's default, so any value passes.
        private static void Compare(List<FieldDifference> differences, string field, string? existing, string? requested)
        {
            if (requested != null && !string.Equals(existing ?? string.Empty, requested, StringComparison.Ordinal))
            {
                differences.Add(new FieldDifference(field, existing, requested));
            }
        }

        private static string Format(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }
}
