using System;
using System.Linq;
using System.Management.Automation;
using IdentityCenter.Core;
using IdentityCenter.Core.Models;
using IdentityCenter.PowerShell.Completion;
using IdentityCenter.PowerShell.Errors;
using IdentityCenter.PowerShell.Output;

namespace IdentityCenter.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Gets permission sets: one by id, those whose name matches, or all of an instance.</para>
    /// <para type="description">Listings are read a page at a time and each page is written as it arrives, so a pipeline
    /// that stops early (Select-Object -First) asks for no further pages.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "IdcPermissionSet", DefaultParameterSetName = ParameterSets.Default)]
    [OutputType(typeof(PermissionSet))]
    public sealed class GetIdcPermissionSetCommand : IdcCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        public string? InstanceId { get; set; }

        /// <summary>One set by id; with -Name too, the set must also have that name.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? PermissionSetId { get; set; }

        /// <summary>A name, or a wildcard pattern such as Ops*; an exact name is filtered by the service.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        public string? Name { get; set; }

        protected override void ProcessRecord()
        {
            var instanceId = InstanceId ?? string.Empty;
            var byId = !string.IsNullOrEmpty(PermissionSetId);
            var byName = !string.IsNullOrEmpty(Name);
            if (byId)
            {
                // A piped permission set carries both its id and its name: the id finds it, and the name must match.
                var lookingFor = "permission set " + PermissionSetId + (byName ? " named '" + Name + "'" : string.Empty);
                var operation = ItemOperation.GetPermissionSets(instanceId, lookingFor);
                if (!TryCall(operation, (client, token) => client.GetPermissionSetAsync(instanceId, PermissionSetId!, token), out var set))
                {
                    return;
                }

                if (byName && !NamePattern(Name!).IsMatch(set.Name))
                {
                    WriteError(ErrorRecords.From(LifecycleErrors.NotNamed(set, Name!, instanceId)));
                    return;
                }

                WriteObject(TypedOutput.Wrap(set));
                return;
            }

            if (byName && WildcardPattern.ContainsWildcardCharacters(Name))
            {
                WritePages(instanceId, null, "permission sets named '" + Name + "'", NamePattern(Name!).IsMatch);
                return;
            }

            if (byName)
            {
                var name = Name!;
                var written = WritePages(instanceId, name, "permission set '" + name + "'", n => string.Equals(n, name, StringComparison.Ordinal));
                if (written == 0)
                {
                    WriteError(ErrorRecords.From(LifecycleErrors.NoPermissionSetNamed(name, instanceId)));
                }

                return;
            }

            WritePages(instanceId, null, "permission sets", _ => true);
        }

        /// <summary>A pattern matches ignoring case; an exact name (no wildcard characters) must match exactly.</summary>
        private static WildcardPattern NamePattern(string name) =>
            WildcardPattern.ContainsWildcardCharacters(name)
                ? new WildcardPattern(name, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant)
                : new WildcardPattern(WildcardPattern.Escape(name), WildcardOptions.None);

        /// <returns>How many sets were written; -1 when a page failed (its error is written).</returns>
        private int WritePages(string instanceId, string? serviceFilter, string lookingFor, Func<string, bool> wanted)
        {
            var operation = ItemOperation.GetPermissionSets(instanceId, lookingFor);
            var written = 0;
            PagedListing<PermissionSet>? listing = null;
            do
            {
                if (!TryCall(operation, (client, token) => (listing ??= client.ListPermissionSetPages(instanceId, serviceFilter)).NextPageAsync(token), out var page))
                {
                    return -1;
                }

                foreach (var set in page.Where(s => wanted(s.Name)))
                {
                    WriteObject(TypedOutput.Wrap(set));
                    written++;
                }
            }
            while (!listing!.IsComplete);
            return written;
        }
    }
}
