package net.genvoice.web.customer.pages;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import net.genvoice.customer.boundary.Customers;
import net.genvoice.customer.boundary.SeatCommand;
import net.genvoice.customer.boundary.SeatView;
import net.genvoice.web.portal.Caller;
import net.genvoice.web.portal.FieldMessages;
import net.genvoice.web.portal.PageRedirect;

/**
 * My account, seats (P01): the people the customer pays for, each with their own login. A seat
 * takes the paying customer's address.
 */
@Named
@RequestScoped
public class SeatsPage {

  static final String ADD_FORM = "addSeat";
  static final String ROW_PARAMETER = "seatHolderId";

  @EJB Customers customers;
  @Inject Caller caller;

  private List<SeatView> seats;
  private String name;
  private String email;
  private String phone;
  private String password;

  public List<SeatView> getSeats() {
    if (seats == null) {
      seats = customers.seats(caller.id());
    }
    return seats;
  }

  public void add() {
    try {
      customers.addSeat(caller.id(), new SeatCommand(name, email, phone, password, null));
      PageRedirect.to(AccountNotice.pageFor("seat-added"));
    } catch (RuntimeException refused) {
      FieldMessages.show(refused, ADD_FORM, "");
    }
  }

  public void remove() {
    try {
      customers.removeSeat(caller.id(), PageRedirect.parameter(ROW_PARAMETER));
      PageRedirect.to(AccountNotice.pageFor("seat-removed"));
    } catch (RuntimeException refused) {
      FieldMessages.show(refused, ADD_FORM, "");
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
