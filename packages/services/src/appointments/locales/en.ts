import type { MessageTemplate } from '@kabinet/core';
import type { ru } from './ru.js';

// English messages of the appointments area: the same keys as `ru.ts`.
export const en: { readonly [K in keyof typeof ru]: MessageTemplate } = {
  'appointment.not_found': 'Appointment not found',
  'appointment.office_unknown': 'No such office',
  'appointment.service_unknown': 'This office does not receive visitors for this service',
  'appointment.slot_unknown':
    'There is no reception at this time: choose a time from the free slots',
  'appointment.slot_taken': 'This time is already taken: choose another',
  'appointment.slot_too_soon': 'Book at least {minutes} min before the visit',
  'appointment.slot_too_far': 'Visits can be booked at most {days} days ahead',
  'appointment.slot_past': 'This time has passed',
  'appointment.range_invalid': 'The period starts after it ends',
  'appointment.range_too_long': 'Search at most {max} days at once',
  'appointment.level_too_low': 'Booking this service needs an account of the {required} level',
  'appointment.too_many_active':
    'You already have {max} active appointments: cancel one to book again',
  'appointment.hold_expired': 'The time to confirm ran out and the slot was freed: choose it again',
  'appointment.change_too_late':
    'An appointment can be moved or cancelled until {hours} h before the visit',
  'appointment.same_slot': 'The appointment is already at this time',
  'appointment.not_allowed': 'Not possible while the appointment is "{state}"',
  'appointment.not_booked': 'Only a confirmed appointment has a visit pass',
  'appointment.checkin_wrong_day': 'The visit is on another day ({date})',
  'appointment.checkin_too_early': 'Check-in opens {minutes} min before the visit',
  'appointment.checkin_too_late': 'The visit time has passed',
  'appointment.checkin_wrong_office': 'The appointment is at another office',
  'appointment.pass_outdated':
    'The pass is out of date: the appointment was moved, open the new pass',

  'visit_pass.malformed': 'The QR code is not a visit pass',
  'visit_pass.unknown_key': 'The pass is signed with an unknown key',
  'visit_pass.signature': 'The pass signature is wrong: the pass was altered or forged',
  'visit_pass.expired': 'The pass has expired',

  'appointment.state.held': 'Held',
  'appointment.state.booked': 'Confirmed',
  'appointment.state.checked_in': 'Visited',
  'appointment.state.no_show': 'No-show',
  'appointment.state.cancelled': 'Cancelled',
  'appointment.state.expired': 'Not confirmed',

  'notice.appointment.booked':
    'You are booked, appointment no. {number}: {serviceEn}, {officeEn}, {time}. Bring the documents on the list and the pass with the QR code.',
  'notice.appointment.moved': 'Appointment no. {number} moved to {time} ({officeEn}).',
  'notice.appointment.cancelled': 'Appointment no. {number} at {time} is cancelled.',
  'notice.appointment.reminder':
    'Reminder: your visit, appointment no. {number}, is tomorrow at {time}, {officeEn}.',
  'notice.appointment.no_show':
    'You did not come to your visit, appointment no. {number} ({time}).',
  'notice.appointment.checked_in': 'You are checked in for appointment no. {number}.',
  'notice.appointment.expired':
    'The time of appointment no. {number} was not confirmed and was freed.',
};
