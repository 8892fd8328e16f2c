-- 中心管理员 (issue 17): a staff scope with the center's own decisions — disputing a 差评 (申诉) or declaring it
-- cannot be rectified (无法整改) — granted like a clerk's with bff/scripts/staff.mjs.
ALTER TABLE staff_member DROP CONSTRAINT staff_member_role_check;
ALTER TABLE staff_member ADD CONSTRAINT staff_member_role_check CHECK (role IN ('clerk', 'admin'));
