# Account assignments and provisioning against the local emulator: output, pipeline binding from CSV rows and
# permission sets, -Wait with its progress records, verbose lines, errors for FAILED and time-outs, Ctrl+C, and the
# README's "Granting access" example run exactly as written.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1') -WithEmulator

    $group = '9c2e0000-0000-4000-8000-000000000001'
    $otherGroup = '9c2e0000-0000-4000-8000-000000000002'
    $user = '7a1c0000-0000-4000-8000-000000000001'
    $accountA = 'e0000000000000000000000000000002'
    $accountB = 'e0000000000000000000000000000003'

    function New-TestSet {
        param([string] $Name = 'Operators')
        New-IdcPermissionSet -InstanceId $instanceId -Name $Name @connection
    }

    function Get-StoredAssignment {
        $instance = (Get-IdcTestEmulatorState -Emulator $emulator).instances | Where-Object instanceId -eq $instanceId
        @($instance.accountAssignments)
    }

    # Runs one command in a fresh runspace that imports the built module, so its streams (progress among them) can be
    # read record by record, and it can be stopped as Ctrl+C stops a pipeline.
    function Start-HostedCommand {
        param([string] $Name, [hashtable] $Parameters)
        $ps = [powershell]::Create()
        $null = $ps.AddCommand('Import-Module').AddArgument($IdcManifestPath).AddStatement()
        $null = $ps.AddCommand($Name).AddParameters($Parameters).AddParameters($connection)
        [pscustomobject]@{ Shell = $ps; Handle = $ps.BeginInvoke() }
    }
}

AfterAll {
    Complete-IdcTestFile
}

Describe 'Granting access (README example)' {
    BeforeEach {
        Reset-IdcTestEmulator -Emulator $emulator
        Push-Location -LiteralPath $TestDrive
    }

    AfterEach {
        Pop-Location
        Disconnect-IdcService
    }

    It 'runs exactly as written and grants the group on both accounts' {
        $readme = Get-Content -Raw -LiteralPath (Join-Path $PSScriptRoot '../../README.md')
        $pattern = '(?s)## Granting access.*?<!-- granting-access-example[^>]*-->\s*```powershell\r?\n(?<code>.*?)```'
        $readme -match $pattern | Should -BeTrue -Because 'the README has the Granting access example block'
        $code = $Matches['code']
        Connect-IdcService @connection | Out-Null

        $results = @(& ([scriptblock]::Create($code)))

        $results.Count | Should -Be 2
        $results.Status | Should -Be @('SUCCEEDED', 'SUCCEEDED')
        $results.AccountId | Should -Be @($accountA, $accountB)
        $results.PrincipalId | Should -Be @($group, $group)
        $stored = Get-StoredAssignment
        $stored.Count | Should -Be 2
        ($stored.accountId | Sort-Object) | Should -Be @($accountA, $accountB)
    }
}

Describe 'New-IdcAccountAssignment' {
    BeforeEach {
        Reset-IdcTestEmulator -Emulator $emulator
        $set = New-TestSet
    }

    It 'writes the accepted status with its request id when not waiting' {
        $status = New-IdcAccountAssignment -InstanceId $instanceId -PermissionSetId $set.PermissionSetId -PrincipalType GROUP `
            -PrincipalId $group -AccountId $accountA @connection

        $status | Should -BeOfType 'IdentityCenter.Core.Models.AccountAssignmentStatus'
        $status.PSObject.TypeNames[0] | Should -Be 'IdentityCenter.AccountAssignmentStatus'
        $status.Status | Should -Be 'IN_PROGRESS'
        $status.RequestId | Should -Not -BeNullOrEmpty
        $status.Operation | Should -Be 'Create'
        $status.InstanceId | Should -Be $instanceId
    }

    It 'binds PermissionSetId and InstanceId from a permission set in the pipeline' {
        $status = $set | New-IdcAccountAssignment -PrincipalType user -PrincipalId $user -AccountId $accountB -Wait @connection

        $status.Status | Should -Be 'SUCCEEDED'
        $status.PermissionSetId | Should -Be $set.PermissionSetId
        $status.PrincipalType | Should -Be 'USER'
    }

    It 'binds PermissionSetId and InstanceId from Get-IdcPermissionSet' {
        $status = Get-IdcPermissionSet -InstanceId $instanceId -Name $set.Name @connection |
            New-IdcAccountAssignment -PrincipalType GROUP -PrincipalId $group -AccountId $accountA -Wait @connection

        $status.Status | Should -Be 'SUCCEEDED'
        $status.PermissionSetId | Should -Be $set.PermissionSetId
        $status.InstanceId | Should -Be $instanceId
    }

    It 'grants CSV rows, waiting for them together, and writes the results in input order' {
        $csv = Join-Path $TestDrive 'grants.csv'
        @(
            'PrincipalType,PrincipalId,AccountId'
            "GROUP,$group,$accountB"
            "USER,$user,$accountA"
            "GROUP,$otherGroup,$accountA"
        ) | Set-Content -Path $csv -Encoding ascii

        $results = Import-Csv -Path $csv | New-IdcAccountAssignment -InstanceId $instanceId -PermissionSetId $set.PermissionSetId -Wait @connection

        $results.Count | Should -Be 3
        $results.Status | Should -Be @('SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED')
        $results.PrincipalId | Should -Be @($group, $user, $otherGroup)
        $results.AccountId | Should -Be @($accountB, $accountA, $accountA)
        (Get-StoredAssignment).Count | Should -Be 3
    }

    It 'sends every item before the first status read, then polls them together' {
        $rows = 1..12 | ForEach-Object { [pscustomobject]@{ PermissionSetId = (New-TestSet -Name "Set$_").PermissionSetId } }

        $stream = $rows | New-IdcAccountAssignment -InstanceId $instanceId -PrincipalType GROUP -PrincipalId $group -AccountId $accountA `
            -Wait -ThrottleLimit 4 -Verbose @connection 4>&1
        $verbose = @($stream | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }).Message
        $results = @($stream | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })

        $results.PermissionSetId | Should -Be $rows.PermissionSetId
        $results.Status | Select-Object -Unique | Should -Be 'SUCCEEDED'
        $creates = @(0..($verbose.Count - 1) | Where-Object { $verbose[$_] -like 'POST */account-assignments/create -> 200*' })
        $reads = @(0..($verbose.Count - 1) | Where-Object { $verbose[$_] -like 'GET */creation-status/*' })
        $creates.Count | Should -Be 12
        $reads.Count | Should -BeGreaterOrEqual 12
        ($creates | Measure-Object -Maximum).Maximum | Should -BeLessThan ($reads | Measure-Object -Minimum).Minimum
        @($verbose | Where-Object { $_ -like 'Request * look 1: SUCCEEDED.' }).Count | Should -Be 12
        (Get-StoredAssignment).Count | Should -Be 12
    }

    It 'reports a FAILED request as a non-terminating error with its failure reason and request id, and goes on' {
        Add-IdcTestEmulatorFault -Emulator $emulator -Fault @{ operation = 'CreateAccountAssignment'; count = 1; fail = 'The account is closed.' }
        $rows = @(
            [pscustomobject]@{ PrincipalId = $group; AccountId = $accountA }
            [pscustomobject]@{ PrincipalId = $group; AccountId = $accountB }
        )

        # One send at a time, so the fault meets the first row.
        $results = $rows | New-IdcAccountAssignment -InstanceId $instanceId -PermissionSetId $set.PermissionSetId -PrincipalType GROUP `
            -Wait -ThrottleLimit 1 -ErrorVariable failed -ErrorAction SilentlyContinue @connection

        @($results).Count | Should -Be 1
        $results.AccountId | Should -Be $accountB
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'IdentityCenter.RequestFailed,*'
        $failed[0].CategoryInfo.Category | Should -Be 'InvalidResult'
        $failed[0].TargetObject.Status | Should -Be 'FAILED'
        $failed[0].TargetObject.AccountId | Should -Be $accountA
        $failed[0].Exception.FailureReason | Should -Be 'The account is closed.'
        $failed[0].ErrorDetails.Message | Should -Match ([regex]::Escape('The account is closed.'))
        $failed[0].ErrorDetails.Message | Should -Match ([regex]::Escape($failed[0].TargetObject.RequestId))
    }

    It 'gives up at -Timeout with an error naming the request id, after a verbose line per look' {
        Add-IdcTestEmulatorFault -Emulator $emulator -Fault @{ operation = 'GetAccountAssignmentCreationStatus'; status = 503 }

        $stream = New-IdcAccountAssignment -InstanceId $instanceId -PermissionSetId $set.PermissionSetId -PrincipalType GROUP -PrincipalId $group `
            -AccountId $accountA -Wait -Timeout 2 -Verbose -ErrorVariable failed -ErrorAction SilentlyContinue @connection 4>&1
        $looks = @($stream | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'Request * look *' })

        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'IdentityCenter.WaitTimeout,*'
        $failed[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
        $requestId = $failed[0].Exception.RequestId
        $requestId | Should -Not -BeNullOrEmpty
        $failed[0].ErrorDetails.Message | Should -Match ([regex]::Escape($requestId))
        $failed[0].ErrorDetails.RecommendedAction | Should -Match ([regex]::Escape("Get-IdcAccountAssignmentRequest -InstanceId $instanceId -Operation Create -RequestId $requestId"))
        $looks.Count | Should -BeGreaterOrEqual 1
        $looks[0].Message | Should -Match 'could not be read'
    }

    It 'writes one progress bar for the batch with the counts of done and failed, and completes it' {
        Add-IdcTestEmulatorFault -Emulator $emulator -Fault @{ operation = 'CreateAccountAssignment'; count = 1; fail = 'No.' }
        $csvRows = @(
            [pscustomobject]@{ PrincipalType = 'GROUP'; PrincipalId = $group; AccountId = $accountA; PermissionSetId = $set.PermissionSetId; InstanceId = $instanceId }
            [pscustomobject]@{ PrincipalType = 'GROUP'; PrincipalId = $group; AccountId = $accountB; PermissionSetId = $set.PermissionSetId; InstanceId = $instanceId }
        )
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddCommand('Import-Module').AddArgument($IdcManifestPath).AddStatement()
            $null = $ps.AddCommand('Write-Output').AddArgument($csvRows)
            $null = $ps.AddCommand('New-IdcAccountAssignment').AddParameter('Wait').AddParameter('ThrottleLimit', 1).AddParameters($connection)

            $null = $ps.Invoke()

            $progress = @($ps.Streams.Progress)
            $progress.Count | Should -BeGreaterOrEqual 2
            ($progress.ActivityId | Select-Object -Unique) | Should -Be 1
            ($progress.Activity | Select-Object -Unique) | Should -Be 'Granting access'
            $progress[0].StatusDescription | Should -Be '0 of 2 done: 0 succeeded, 0 failed; 2 in progress'
            $progress[-1].StatusDescription | Should -Be '2 of 2 done: 1 succeeded, 1 failed; 0 in progress'
            $progress[-1].RecordType | Should -Be 'Completed'
            $progress[-1].PercentComplete | Should -Be 100
            $ps.Streams.Error.Count | Should -Be 1
        }
        finally {
            $ps.Dispose()
        }
    }

    It 'stops polling on Ctrl+C and warns which requests were still in progress' {
        Add-IdcTestEmulatorFault -Emulator $emulator -Fault @{ operation = 'GetAccountAssignmentCreationStatus'; status = 503 }
        $hosted = Start-HostedCommand -Name 'New-IdcAccountAssignment' -Parameters @{
            InstanceId = $instanceId; PermissionSetId = $set.PermissionSetId; PrincipalType = 'GROUP'; PrincipalId = $group; AccountId = $accountA; Wait = $true
        }
        try {
            $deadline = [DateTime]::UtcNow.AddSeconds(30)
            while ($hosted.Shell.Streams.Progress.Count -eq 0 -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 100 }
            $hosted.Shell.Streams.Progress.Count | Should -BeGreaterThan 0

            $hosted.Shell.Stop()

            $hosted.Shell.InvocationStateInfo.State | Should -Be 'Stopped'
            $warning = @($hosted.Shell.Streams.Warning)
            $warning.Count | Should -Be 1
            $warning[0].Message | Should -BeLike 'Stopped waiting. Still in progress (1): *'
            $warning[0].Message | Should -Match 'Get-IdcAccountAssignmentRequest -InstanceId \S+ -Operation Create -RequestId [0-9a-f-]{36}'
        }
        finally {
            $hosted.Shell.Dispose()
        }
    }

    It 'sends nothing under -WhatIf' {
        New-IdcAccountAssignment -InstanceId $instanceId -PermissionSetId $set.PermissionSetId -PrincipalType GROUP -PrincipalId $group `
            -AccountId $accountA -Wait -WhatIf @connection

        $instance = (Get-IdcTestEmulatorState -Emulator $emulator).instances | Where-Object instanceId -eq $instanceId
        @($instance.requests).Count | Should -Be 0
    }

    It 'refuses a -Timeout that is not positive before sending anything' {
        { New-IdcAccountAssignment -InstanceId $instanceId -PermissionSetId $set.PermissionSetId -PrincipalType GROUP -PrincipalId $group `
                -AccountId $accountA -Wait -Timeout 0 @connection } | Should -Throw -ErrorId 'IdentityCenter.InvalidArgument,*'

        $instance = (Get-IdcTestEmulatorState -Emulator $emulator).instances | Where-Object instanceId -eq $instanceId
        @($instance.requests).Count | Should -Be 0
    }

    It 'refuses a principal type other than USER or GROUP' {
        { New-IdcAccountAssignment -InstanceId $instanceId -PermissionSetId $set.PermissionSetId -PrincipalType ROLE -PrincipalId $group `
                -AccountId $accountA @connection } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
    }
}

Describe 'Get-, Remove-IdcAccountAssignment and Get-IdcAccountAssignmentRequest' {
    BeforeAll {
        Reset-IdcTestEmulator -Emulator $emulator
        $set = New-TestSet
        $granted = @(
            [pscustomobject]@{ PrincipalType = 'GROUP'; PrincipalId = $group; AccountId = $accountA }
            [pscustomobject]@{ PrincipalType = 'GROUP'; PrincipalId = $group; AccountId = $accountB }
            [pscustomobject]@{ PrincipalType = 'USER'; PrincipalId = $user; AccountId = $accountA }
        ) | New-IdcAccountAssignment -InstanceId $instanceId -PermissionSetId $set.PermissionSetId -Wait @connection
    }

    It 'lists the grants in an account' {
        $grants = Get-IdcAccountAssignment -InstanceId $instanceId -AccountId $accountA @connection

        @($grants).Count | Should -Be 2
        $grants[0].PSObject.TypeNames[0] | Should -Be 'IdentityCenter.AccountAssignment'
        ($grants.PrincipalId | Sort-Object) | Should -Be (@($group, $user) | Sort-Object)
    }

    It 'lists the grants of a group, optionally in one account' {
        (Get-IdcAccountAssignment -InstanceId $instanceId -PrincipalType GROUP -PrincipalId $group @connection).AccountId | Sort-Object |
            Should -Be @($accountA, $accountB)
        (Get-IdcAccountAssignment -InstanceId $instanceId -PrincipalType GROUP -PrincipalId $group -AccountId $accountB @connection).AccountId |
            Should -Be $accountB
    }

    It 'reports a listing without an account or a principal as an error naming the parameter' {
        Get-IdcAccountAssignment -InstanceId $instanceId -ErrorVariable failed -ErrorAction SilentlyContinue @connection

        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'IdentityCenter.InvalidArgument,*'
        $failed[0].Exception.Parameter | Should -Be 'AccountId'
    }

    It 'reads a request by the id on a status object, and lists requests by status' {
        $byId = $granted[0] | Get-IdcAccountAssignmentRequest @connection
        $listed = Get-IdcAccountAssignmentRequest -InstanceId $instanceId -Status SUCCEEDED @connection

        $byId.RequestId | Should -Be $granted[0].RequestId
        $byId.Status | Should -Be 'SUCCEEDED'
        $byId.AccountId | Should -Be $accountA
        ($listed.RequestId | Sort-Object) | Should -Be ($granted.RequestId | Sort-Object)
    }

    It 'removes the grants piped from Get-IdcAccountAssignment and waits for it' {
        $removed = Get-IdcAccountAssignment -InstanceId $instanceId -AccountId $accountA @connection |
            Remove-IdcAccountAssignment -Wait -Confirm:$false @connection

        @($removed).Count | Should -Be 2
        $removed.Operation | Select-Object -Unique | Should -Be 'Delete'
        $removed.Status | Select-Object -Unique | Should -Be 'SUCCEEDED'
        @(Get-IdcAccountAssignment -InstanceId $instanceId -AccountId $accountA @connection).Count | Should -Be 0
        ($removed | Get-IdcAccountAssignmentRequest @connection).Status | Select-Object -Unique | Should -Be 'SUCCEEDED'
    }
}

Describe 'Install-IdcPermissionSet and the provisioning listings' {
    BeforeEach {
        Reset-IdcTestEmulator -Emulator $emulator
        $set = New-TestSet
    }

    It 'provisions to one account and then to every provisioned account, waiting for each' {
        $first = $set | Install-IdcPermissionSet -AccountId $accountA -Wait @connection
        $second = $set | Install-IdcPermissionSet -AllProvisionedAccounts -Wait @connection

        $first.PSObject.TypeNames[0] | Should -Be 'IdentityCenter.PermissionSetProvisioningStatus'
        $first.Status | Should -Be 'SUCCEEDED'
        $first.AccountId | Should -Be $accountA
        $second.Status | Should -Be 'SUCCEEDED'
        $second.AccountId | Should -BeNullOrEmpty
        $accounts = Get-IdcProvisionedPermissionSet -InstanceId $instanceId -PermissionSetId $set.PermissionSetId @connection
        $accounts.AccountId | Should -Be $accountA
        $accounts.PSObject.TypeNames[0] | Should -Be 'IdentityCenter.ProvisionedPermissionSet'
        (Get-IdcProvisionedPermissionSet -InstanceId $instanceId -AccountId $accountA -ProvisioningStatus LatestProvisioned @connection).PermissionSetId |
            Should -Be $set.PermissionSetId
        @(Get-IdcProvisionedPermissionSet -InstanceId $instanceId -AccountId $accountB @connection).Count | Should -Be 0
        ($first | Get-IdcPermissionSetProvisioningRequest @connection).Status | Should -Be 'SUCCEEDED'
        (Get-IdcPermissionSetProvisioningRequest -InstanceId $instanceId @connection).RequestId | Sort-Object |
            Should -Be (@($first.RequestId, $second.RequestId) | Sort-Object)
    }

    It 'reports a provisioning that ends FAILED as an error with its reason' {
        Add-IdcTestEmulatorFault -Emulator $emulator -Fault @{ operation = 'ProvisionPermissionSet'; count = 1; fail = 'Role quota reached.' }

        $set | Install-IdcPermissionSet -AccountId $accountA -Wait -ErrorVariable failed -ErrorAction SilentlyContinue @connection

        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'IdentityCenter.RequestFailed,*'
        $failed[0].Exception.FailureReason | Should -Be 'Role quota reached.'
    }

    It 'needs exactly one of -AccountId and -AllProvisionedAccounts, and sends nothing otherwise' {
        $set | Install-IdcPermissionSet -ErrorVariable failed -ErrorAction SilentlyContinue @connection
        $set | Install-IdcPermissionSet -AccountId $accountA -AllProvisionedAccounts -ErrorVariable +failed -ErrorAction SilentlyContinue @connection

        $failed.Count | Should -Be 2
        $failed.FullyQualifiedErrorId | ForEach-Object { $_ | Should -BeLike 'IdentityCenter.InvalidArgument,*' }
        $failed[0].Exception.Message | Should -Match 'neither -AccountId nor -AllProvisionedAccounts'
        $instance = (Get-IdcTestEmulatorState -Emulator $emulator).instances | Where-Object instanceId -eq $instanceId
        @($instance.requests).Count | Should -Be 0
    }
}
