# Set-IdcCustomPolicy against the local emulator: piped from New-IdcPermissionSet, -PassThru, -WhatIf, per-item
# errors, and the table view of its output.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'IdcTestEmulator.psm1') -Force
    Import-Module (Get-IdcBuiltModulePath) -Force
    $emulator = Start-IdcTestEmulator

    $connection = Get-IdcTestConnection -Emulator $emulator
    $instanceId = $emulator.InstanceId
    $policy = '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["obs:*:get*","obs:*:list*"],"Resource":["*"]}]}'

    function Get-StoredPermissionSet {
        param([string] $PermissionSetId)
        Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId | Where-Object permissionSetId -eq $PermissionSetId
    }
}

AfterAll {
    if ($emulator) { Stop-IdcTestEmulator -Emulator $emulator }
    Remove-Module -Name IdentityCenter -Force -ErrorAction SilentlyContinue
    Remove-Module -Name IdcTestEmulator -Force -ErrorAction SilentlyContinue
}

Describe 'Set-IdcCustomPolicy' {
    BeforeEach {
        Reset-IdcTestEmulator -Emulator $emulator
    }

    It 'takes the permission set piped from New-IdcPermissionSet and writes the assignment with -PassThru' {
        $assignment = New-IdcPermissionSet -InstanceId $instanceId -Name 'Piped' @connection |
            Set-IdcCustomPolicy -Policy $policy -PassThru @connection

        @($assignment).Count | Should -Be 1
        $assignment | Should -BeOfType 'IdentityCenter.Core.Models.CustomPolicyAssignment'
        $assignment.InstanceId | Should -Be $instanceId
        $assignment.PermissionSetId | Should -Match '^ps-'
        $assignment.Policy | Should -Be $policy
        (Get-StoredPermissionSet -PermissionSetId $assignment.PermissionSetId).customPolicy | Should -Be $policy
    }

    It 'writes nothing without -PassThru but still attaches the policy' {
        $set = New-IdcPermissionSet -InstanceId $instanceId -Name 'Quiet' @connection

        $output = $set | Set-IdcCustomPolicy -Policy $policy @connection

        $output | Should -BeNullOrEmpty
        (Get-StoredPermissionSet -PermissionSetId $set.PermissionSetId).customPolicy | Should -Be $policy
    }

    It 'binds the policy from a CustomPolicy column by its alias' {
        $set = New-IdcPermissionSet -InstanceId $instanceId -Name 'FromColumn' @connection
        $row = [pscustomobject]@{ InstanceId = $instanceId; PermissionSetId = $set.PermissionSetId; CustomPolicy = $policy }

        $assignment = $row | Set-IdcCustomPolicy -PassThru @connection

        $assignment.Policy | Should -Be $policy
    }

    It 'sends nothing under -WhatIf' {
        $set = New-IdcPermissionSet -InstanceId $instanceId -Name 'Unchanged' @connection
        $before = Get-IdcTestEmulatorState -Emulator $emulator

        $result = $set | Set-IdcCustomPolicy -Policy $policy -PassThru @connection -WhatIf

        $result | Should -BeNullOrEmpty
        $after = Get-IdcTestEmulatorState -Emulator $emulator
        $after.requestCount | Should -Be $before.requestCount
        (Get-StoredPermissionSet -PermissionSetId $set.PermissionSetId).customPolicy | Should -BeNullOrEmpty
    }

    It 'reports a policy that is not JSON for that item, naming -Policy, and attaches the others' {
        $first = New-IdcPermissionSet -InstanceId $instanceId -Name 'One' @connection
        $second = New-IdcPermissionSet -InstanceId $instanceId -Name 'Two' @connection
        $rows = @(
            [pscustomobject]@{ InstanceId = $instanceId; PermissionSetId = $first.PermissionSetId; Policy = '{"Version": "5.0",' }
            [pscustomobject]@{ InstanceId = $instanceId; PermissionSetId = $second.PermissionSetId; Policy = $policy }
        )
        $requestsBefore = (Get-IdcTestEmulatorState -Emulator $emulator).requestCount

        $attached = $rows | Set-IdcCustomPolicy -PassThru @connection -ErrorVariable failures -ErrorAction SilentlyContinue

        $attached.PermissionSetId | Should -Be $second.PermissionSetId
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'IdentityCenter.InvalidArgument,*'
        $failures[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $failures[0].Exception.Message | Should -BeLike "*parameter 'Policy'*"
        $failures[0].TargetObject.PermissionSetId | Should -Be $first.PermissionSetId
        # The malformed policy was refused before sending: only the good row reached the service.
        (Get-IdcTestEmulatorState -Emulator $emulator).requestCount | Should -Be ($requestsBefore + 1)
    }

    It 'reports an unknown permission set as ObjectNotFound' {
        $null = Set-IdcCustomPolicy -InstanceId $instanceId -PermissionSetId 'ps-0000000000000000' -Policy $policy @connection `
            -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures.Count | Should -Be 1
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failures[0].Exception.StatusCode | Should -Be 404
        $failures[0].ErrorDetails.Message | Should -BeLike '*permission set ps-0000000000000000*'
    }

    It 'shows the assignment as a table of ids and policy length' {
        $assignment = New-IdcPermissionSet -InstanceId $instanceId -Name 'Shown' @connection |
            Set-IdcCustomPolicy -Policy $policy -PassThru @connection

        $table = $assignment | Format-Table | Out-String

        $table | Should -BeLike '*PolicyLength*'
        $table | Should -BeLike "*$($policy.Length)*"
        $table | Should -Not -BeLike '*Statement*'
    }
}
