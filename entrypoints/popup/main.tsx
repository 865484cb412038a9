import { mountPage } from '../../components/mount-page';
import { Popup } from './Popup';

mountPage(<Popup />);
